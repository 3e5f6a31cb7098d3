import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { openChat, openConsole, tab } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { SmtpSink } from './handoff-support/smtp-sink.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'

// Files really reach the server: the widget uploads what the visitor picks (live chat and
// offline form), the console shows thumbnails and chips, agents attach files too, and the
// server serves them back as images or downloads, never as a page in its origin. And the
// issue's "no agent online" acceptance with the real widget: offline form → ticket in the
// console → confirmation mail in a local SMTP sink (127.0.0.1, never the network).

const sink = new SmtpSink()
let server: HandoffServer
test.beforeAll(async () => {
  server = new HandoffServer(3454, {
    CHAO_SMTP_URL: await sink.listen(3455),
    CHAO_SMTP_FROM: 'Chao Shop <help@shop.example>',
  })
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(async () => {
  await closeAll(server)
  await sink.close()
})
// The offline test needs nobody online, so it runs first; then Lan logs in.
test.describe.configure({ mode: 'serial' })

const png = (name: string) => ({
  name,
  mimeType: 'image/png',
  // A 1×1 transparent PNG.
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
})
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
})
const ATTACH = { attachments: 'image/*,.pdf', 'max-file-size': '1' }

test('no agent online: offline form with a file → ticket in the console → confirmation mail', async ({
  browser,
}) => {
  const visitor = await WidgetVisitor.open(browser, server.url, { data: ATTACH })
  await visitor.send('talk to a person')
  const form = visitor.page.getByRole('button', { name: 'Send message' })
  await expect(form).toBeVisible({ timeout: 15_000 })
  await visitor.page.getByRole('textbox', { name: 'Name' }).fill('Minh Tran')
  await visitor.page.getByRole('textbox', { name: 'Email' }).fill('minh@example.com')
  await visitor.page.getByRole('textbox', { name: 'Your message' }).fill('My order form attached')
  // A type the site does not take is refused in the form, before anything is sent.
  const picker = visitor.page.getByLabel('Attach files')
  await picker.setInputFiles({
    name: 'run.exe',
    mimeType: 'application/x-msdownload',
    buffer: Buffer.from('MZ'),
  })
  await form.click()
  await expect(visitor.page.getByRole('alert')).toContainText('run.exe cannot be sent')
  await picker.setInputFiles(pdf('order.pdf'))
  await form.click()
  await expect(visitor.page.getByRole('status').filter({ hasText: 'Thanks' })).toBeVisible()

  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  await tab(lan, /Tickets/).click()
  const ticket = lan.getByRole('article', { name: 'Ticket from Minh Tran' })
  const file = ticket.getByRole('link', { name: /order\.pdf/ })
  await expect(file).toBeVisible()
  const served = await lan.request.get((await file.getAttribute('href')) ?? '')
  expect(served.headers()['content-disposition']).toMatch(/^attachment; filename="order\.pdf"/)
  expect(served.headers()['content-security-policy']).toMatch(/^sandbox/)
  expect((await served.body()).toString()).toContain('%PDF-1.4')

  await expect.poll(() => sink.mails.length).toBe(1)
  expect(sink.mails[0]).toContain('To: minh@example.com')
  expect(sink.mails[0]).toContain('My order form attached')
})

test('live chat: visitor and agent exchange an image and a PDF', async ({ browser }) => {
  test.setTimeout(60_000)
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name: 'Hoa Le', email: 'hoa@example.com' },
    data: ATTACH,
  })
  await visitor.askForHuman()
  await expect(visitor.lines('system').filter({ hasText: 'Lan joined the chat' })).toBeVisible({
    timeout: 15_000,
  })

  // The visitor sends a photo and a PDF: the agent gets a thumbnail and a chip.
  await visitor.page
    .getByLabel('Attach a file')
    .setInputFiles([png('broken.png'), pdf('receipt.pdf')])
  await openChat(lan, /Mine/, 'Hoa Le')
  const log = lan
    .getByRole('region', { name: 'Conversation' })
    .getByRole('log', { name: 'Messages' })
  const thumb = log.getByRole('img', { name: 'broken.png' })
  await expect(thumb).toBeVisible()
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1)
  await expect(log.getByRole('link', { name: /receipt\.pdf/ })).toBeVisible()
  await expect(visitor.log).not.toContainText('Not sent')
  // The visitor's own copy now points at the server: the PDF is a download link, and the
  // photo's thumbnail loads from there. (A message of files only has no text bubble.)
  const mine = visitor.log
  await expect(mine.getByRole('link', { name: /receipt\.pdf/ })).toHaveAttribute(
    'href',
    /^http:\/\/[\w.]+:\d+\/api\/v1\/uploads\/[\w-]{22}\/receipt\.pdf$/,
  )
  const ownThumb = mine.getByRole('img', { name: 'broken.png' })
  await expect(ownThumb).toHaveAttribute('src', /\/api\/v1\/uploads\//)
  await expect.poll(() => ownThumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1)

  // The agent answers with their own files.
  const chat = lan.getByRole('region', { name: 'Conversation' })
  await chat.getByLabel('Attach files').setInputFiles([png('label.png'), pdf('refund.pdf')])
  const queued = chat.getByRole('list', { name: 'Files to send' })
  await expect(queued).toContainText('label.png')
  await expect(queued).toContainText('refund.pdf')
  await chat.getByRole('textbox', { name: 'Reply' }).fill('Here is your return label')
  await chat.getByRole('button', { name: 'Send' }).click()
  await expect(visitor.lines('agent').last()).toContainText('Here is your return label')
  const label = visitor.log.getByRole('img', { name: 'label.png' })
  await expect(label).toBeVisible()
  await expect.poll(() => label.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1)
  await expect(visitor.log.getByRole('link', { name: /refund\.pdf/ })).toHaveAttribute(
    'href',
    /\/api\/v1\/uploads\/[\w-]{22}\/refund\.pdf$/,
  )
})
