import { expect, test } from '@playwright/test'
import { closeConsoles, openChat, openConsole } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { NodeVisitor } from './handoff-support/visitor.ts'

// Issue 7 acceptance: an agent's browser closes mid-chat; after the grace period (1.5 s
// here, CHAO_AGENT_GRACE_MS) the chat goes back to the queue and another agent gets it,
// with every message.

const server = new HandoffServer(3343)
test.beforeAll(async () => {
  await server.start()
  await server.agent({ email: 'a@e2e.chao', name: 'An', maxChats: 1 })
  await server.agent({ email: 'b@e2e.chao', name: 'Binh', maxChats: 1 })
})
test.afterAll(async () => {
  await closeConsoles()
  await server.stop()
})

test("an agent's browser closes mid-chat: re-queued, then picked by another agent", async ({
  browser,
}) => {
  const an = await openConsole(browser, server.url, 'a@e2e.chao')
  const visitor = new NodeVisitor(server.url)
  await expect.poll(() => visitor.connector.$connection.get()).toBe('online')
  visitor.requestHuman({ visitor: { name: 'Minh Tran' } })
  await expect.poll(() => visitor.state()).toBe('assigned An')
  await openChat(an, /Mine/, 'Minh Tran')
  const chat = an.getByRole('region', { name: 'Conversation' })
  visitor.send('My parcel is late')
  await expect(chat.getByRole('log', { name: 'Messages' })).toContainText('My parcel is late')
  await chat.getByRole('textbox', { name: 'Reply' }).fill('Let me check that for you.')
  await chat.getByRole('button', { name: 'Send' }).click()
  await expect.poll(() => visitor.transcript()).toContain('agent: Let me check that for you.')

  const binh = await openConsole(browser, server.url, 'b@e2e.chao')
  await an.context().close()
  await expect.poll(() => visitor.state(), { timeout: 10_000 }).toBe('assigned Binh')

  await openChat(binh, /Mine/, 'Minh Tran')
  const log = binh
    .getByRole('region', { name: 'Conversation' })
    .getByRole('log', { name: 'Messages' })
  await expect(log).toContainText('My parcel is late')
  await expect(log).toContainText('Let me check that for you.')
  await expect(log).toContainText('Binh joined the chat.')
  visitor.close()
})
