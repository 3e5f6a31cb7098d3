import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { openChat, openConsole } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { SHOP, WidgetVisitor } from './handoff-support/widget-visitor.ts'

// A visitor leaves or reloads the page in the middle of a live chat: the conversation
// comes back (messages, state, agent), a message they sent as the page went away is
// delivered once, and what the agent wrote meanwhile shows once.

const server = new HandoffServer(3453)
test.beforeAll(async () => {
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(() => closeAll(server))

test('widget: a reload mid live chat resumes it, and nothing arrives twice', async ({
  browser,
}) => {
  // Four page loads of a live chat and two browser contexts.
  test.setTimeout(60_000)
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name: 'Minh Tran', email: 'minh@example.com' },
  })
  const { page } = visitor
  await visitor.askForHuman()
  await expect(visitor.lines('system').filter({ hasText: 'Lan joined the chat' })).toBeVisible({
    timeout: 15_000,
  })
  await openChat(lan, /Mine/, 'Minh Tran')
  const chat = lan.getByRole('region', { name: 'Conversation' })
  const agentLog = chat.getByRole('log', { name: 'Messages' })
  await visitor.send('Before the reload')
  await expect(agentLog).toContainText('Before the reload')

  // Send, and leave the page at once: the message may or may not be out yet.
  await visitor.composer.fill('Sent as the page went away')
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await page.goto('about:blank')
  // The agent answers while the visitor is gone.
  await chat.getByRole('textbox', { name: 'Reply' }).fill('Answered while you were away')
  await chat.getByRole('button', { name: 'Send' }).click()

  await page.goto(`${SHOP}${visitor.path}`)
  await openAgain(visitor)
  // Everything is back, in the same conversation with the same agent.
  await expect(visitor.lines('visitor').filter({ hasText: 'Before the reload' })).toHaveCount(1)
  await expect(visitor.lines('system').filter({ hasText: 'Lan joined the chat' })).toHaveCount(1)
  await expect(
    visitor.lines('agent').filter({ hasText: 'Answered while you were away' }),
  ).toHaveCount(1, { timeout: 15_000 })
  await expect(
    visitor.lines('visitor').filter({ hasText: 'Sent as the page went away' }),
  ).toHaveCount(1)
  await expect(agentLog).toContainText('Sent as the page went away', { timeout: 15_000 })

  // The chat goes on, and the message sent as the page went away reached the agent once.
  await visitor.send('After the reload')
  await expect(agentLog).toContainText('After the reload')
  const texts = (await agentLog.textContent()) ?? ''
  expect(texts.split('Sent as the page went away').length - 1).toBe(1)
  expect(texts.split('Answered while you were away').length - 1).toBe(1)
  await expect(
    visitor.lines('visitor').filter({ hasText: 'Sent as the page went away' }),
  ).not.toContainText('Not sent')

  // Deterministic: with the server unreachable, a message waits in the outbox, survives a
  // reload, and reaches the agent once the server is back, once.
  let blocked = true
  await page.route(`${server.url}/socket.io/**`, (route) =>
    blocked ? route.abort() : route.continue(),
  )
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    if (blocked) ws.close()
    else ws.connectToServer()
  })
  await reopen(visitor)
  await visitor.send('Written while offline')
  await reopen(visitor)
  const offline = visitor.lines('visitor').filter({ hasText: 'Written while offline' })
  await expect(offline).toHaveCount(1)
  // The widget cannot reach the server, and says the message is still on its way.
  await expect(visitor.page.getByRole('dialog')).toContainText(/(Re)?[Cc]onnecting…/)
  await expect(visitor.page.getByRole('dialog')).toContainText('Written while offline')
  await expect(visitor.page.getByRole('dialog')).toContainText('Sending…')
  await expect(agentLog).not.toContainText('Written while offline')
  blocked = false
  await reopen(visitor)
  await expect(agentLog).toContainText('Written while offline', { timeout: 15_000 })
  await expect(offline).toHaveCount(1)
  await expect(offline).not.toContainText('Not sent')
  await visitor.send('Back online')
  await expect(agentLog).toContainText('Back online')
  const after = (await agentLog.textContent()) ?? ''
  expect(after.split('Written while offline').length - 1).toBe(1)
})

/** Reloads the shop page and opens the chat again. */
async function reopen(visitor: WidgetVisitor) {
  await visitor.page.reload()
  await openAgain(visitor)
}

/**
 * Opens the chat through the page API (the loader queues the command until the widget has
 * booted): `open` is idempotent, whereas clicking the launcher would close a window the
 * widget reopened by itself.
 */
async function openAgain(visitor: WidgetVisitor) {
  await visitor.page.waitForFunction(
    () => typeof (window as { Chao?: unknown }).Chao === 'function',
  )
  await visitor.page.evaluate(() => (window as unknown as { Chao(c: string): void }).Chao('open'))
  await expect(visitor.composer).toBeVisible({ timeout: 10_000 })
}
