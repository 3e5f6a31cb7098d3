import { createHmac } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { openChat, openConsole } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { SmtpSink } from './handoff-support/smtp-sink.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'

// Issue 7, end of chat from the visitor's side: the visitor ends the chat in the widget,
// the agent's console sees it end, and the visitor gets the transcript as a download and
// by email (a local SMTP sink on 127.0.0.1, never the network). The visitor is a signed-in
// user of the shop: the page's identify (user id + HMAC) reaches the agent as verified.

const IDENTITY_SECRET = 'e2e-identity-secret-0123456789'

const sink = new SmtpSink()
let server: HandoffServer
test.beforeAll(async () => {
  server = new HandoffServer(3472, {
    CHAO_SMTP_URL: await sink.listen(3473),
    CHAO_IDENTITY_SECRET: IDENTITY_SECRET,
  })
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(async () => {
  await closeAll(server)
  await sink.close()
})

test('widget: the visitor ends the chat, then downloads and mails the transcript', async ({
  browser,
}) => {
  test.setTimeout(60_000)
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name: 'Binh Do', email: 'binh@example.com' },
  })
  // The shop's backend signed the user id; the page hands both to the widget.
  const hash = createHmac('sha256', IDENTITY_SECRET).update('user-77').digest('hex')
  await visitor.page.evaluate(
    (h) =>
      (window as unknown as { Chao: (...a: unknown[]) => void }).Chao('identify', {
        id: 'user-77',
        hash: h,
      }),
    hash,
  )
  await visitor.askForHuman()
  await expect(visitor.lines('system').filter({ hasText: 'Lan joined the chat' })).toBeVisible({
    timeout: 15_000,
  })
  await visitor.send('Where is my order 1234?')
  await openChat(lan, /Mine/, 'Binh Do')
  const chat = lan.getByRole('region', { name: 'Conversation' })
  await expect(chat.getByRole('complementary', { name: 'Visitor' })).toContainText(
    'user-77 (verified)',
  )
  await chat.getByRole('textbox', { name: 'Reply' }).fill('It ships tomorrow')
  await chat.getByRole('button', { name: 'Send' }).click()
  await expect(visitor.lines('agent').last()).toContainText('It ships tomorrow')

  // The visitor ends it: both sides see the end.
  await visitor.page.getByRole('button', { name: 'End chat' }).click()
  await expect(visitor.lines('system').filter({ hasText: 'The chat has ended.' })).toBeVisible()
  await expect(chat.getByRole('button', { name: 'End chat' })).toHaveCount(0)

  // The transcript as a file…
  const downloading = visitor.page.waitForEvent('download')
  await visitor.page.getByRole('button', { name: 'Download transcript' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^chat-.+\.txt$/)
  const text = await readFile((await download.path()) as string, 'utf8')
  expect(text).toContain('Where is my order 1234?')
  expect(text).toContain('It ships tomorrow')

  // …and by email, to the address the visitor gave in the pre-chat form.
  await visitor.page.getByRole('button', { name: 'Email me the transcript' }).click()
  await expect(visitor.page.getByText('The transcript is on its way to your inbox.')).toBeVisible()
  await expect
    .poll(() => sink.mails.find((mail) => /Subject: Your chat transcript/.test(mail)) ?? '')
    .toMatch(/To: binh@example\.com[\s\S]*It ships tomorrow/)
})
