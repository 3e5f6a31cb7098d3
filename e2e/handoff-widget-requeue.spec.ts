import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { openChat, openConsole } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'

// Issue 7 acceptance, with the real widget: an agent's browser closes mid-chat; after the
// grace period (1.5 s here, CHAO_AGENT_GRACE_MS) the chat goes back to the queue and
// another agent gets it with every message; the visitor's widget shows the new agent.

const server = new HandoffServer(3452)
test.beforeAll(async () => {
  await server.start()
  await server.agent({ email: 'a@e2e.chao', name: 'An', maxChats: 1 })
  await server.agent({ email: 'b@e2e.chao', name: 'Binh', maxChats: 1 })
})
test.afterAll(() => closeAll(server))

test("widget: an agent's browser closes mid-chat, another agent picks it up", async ({
  browser,
}) => {
  const an = await openConsole(browser, server.url, 'a@e2e.chao')
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name: 'Minh Tran', email: 'minh@example.com' },
  })
  await visitor.askForHuman()
  await expect(visitor.lines('system').filter({ hasText: 'An joined the chat' })).toBeVisible({
    timeout: 15_000,
  })
  await openChat(an, /Mine/, 'Minh Tran')
  const chat = an.getByRole('region', { name: 'Conversation' })
  await visitor.send('My parcel is late')
  await expect(chat.getByRole('log', { name: 'Messages' })).toContainText('My parcel is late')
  await chat.getByRole('textbox', { name: 'Reply' }).fill('Let me check that for you.')
  await chat.getByRole('button', { name: 'Send' }).click()
  await expect(visitor.lines('agent').last()).toContainText('Let me check that for you.')

  const binh = await openConsole(browser, server.url, 'b@e2e.chao')
  await an.context().close()
  await expect(visitor.lines('system').filter({ hasText: 'Binh joined the chat' })).toBeVisible({
    timeout: 10_000,
  })

  await openChat(binh, /Mine/, 'Minh Tran')
  const log = binh
    .getByRole('region', { name: 'Conversation' })
    .getByRole('log', { name: 'Messages' })
  await expect(log).toContainText('My parcel is late')
  await expect(log).toContainText('Let me check that for you.')
  // The chat goes on with Binh, both ways.
  await visitor.send('Any news?')
  await expect(log).toContainText('Any news?')
  await binh.getByRole('textbox', { name: 'Reply' }).fill('It ships today.')
  await binh.getByRole('button', { name: 'Send' }).click()
  await expect(visitor.lines('agent').last()).toContainText('It ships today.')
})
