import { expect, type Page, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { openChat, openConsole } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { SHOP, WidgetVisitor } from './handoff-support/widget-visitor.ts'
import { hostPage, serveShop, widgetTag } from './widget-support.ts'

// A server with two sites: the built-in `demo` ("Chao Shop") and `blog`, added with
// `chao site create`. A widget with data-site="blog" shows the blog's name and its chat
// reaches the console as a blog conversation; a widget with a site the server does not
// know says so once, naming it, and tells the visitor nobody can answer.

const server = new HandoffServer(3620)
// The tests share this one server (its sites and agent are made once): one worker runs them.
test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  server.cli(['site', 'create', '--id', 'blog', '--name', 'Lan Blog'])
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(() => closeAll(server))

const title = (page: Page) => page.getByRole('dialog').getByRole('heading', { level: 2 })

test('data-site: the header has that site name and the chat is that site’s conversation', async ({
  browser,
}) => {
  test.setTimeout(60_000)
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name: 'Minh Blog', email: 'minh@example.com' },
    data: { site: 'blog' },
  })
  await expect(title(visitor.page)).toHaveText('Lan Blog')
  await visitor.askForHuman()
  await visitor.joined('Lan')

  await openChat(lan, /Mine/, 'Minh Blog')
  const conversations = await lan.evaluate(async () => {
    const response = await fetch('/api/v1/agent/conversations?view=mine')
    return (await response.json()) as { conversations: { siteId: string; visitor: unknown }[] }
  })
  expect(conversations.conversations).toEqual([
    expect.objectContaining({
      siteId: 'blog',
      visitor: expect.objectContaining({ name: 'Minh Blog' }),
    }),
  ])
  await visitor.send('Is the blog open to guest posts?')
  const chat = lan.getByRole('region', { name: 'Conversation' })
  await expect(chat.getByRole('log', { name: 'Messages' })).toContainText('guest posts')
})

test('no data-site: the server default site, as before', async ({ browser }) => {
  const visitor = await WidgetVisitor.open(browser, server.url)
  await expect(title(visitor.page)).toHaveText('Chao Shop')
})

test('a site the server does not know: one error naming it, and nobody-online for the visitor', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await serveShop(page, SHOP, {
    '/': hostPage(widgetTag(server.url, { server: server.url, site: 'nope' })),
  })
  await page.goto(`${SHOP}/`)
  await page.getByRole('button', { name: 'Open chat' }).click()
  const composer = page.getByRole('textbox', { name: 'Message', exact: true })
  await composer.fill('talk to a person')
  await composer.press('Enter')
  // The live chat tried the page's site, the server refused it: no demo, no reconnecting.
  await expect(page.locator('[data-author="system"]').last()).toHaveText(
    'Sorry, nobody from our team is online right now. Please try again later.',
    { timeout: 15_000 },
  )
  await expect(title(page)).toHaveText('Chat with us')
  expect(errors.filter((e) => e.startsWith('[Chao]'))).toEqual([
    `[Chao] The Chao server at ${server.url} has no site "nope" (data-site). Check the site ` +
      'id against the sites on that server. The chat works with the FAQ bot only.',
  ])
  await context.close()
})
