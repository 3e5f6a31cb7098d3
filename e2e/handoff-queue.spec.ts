import { expect, test } from '@playwright/test'
import { closeConsoles, openChat, openConsole, tab } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { NodeVisitor } from './handoff-support/visitor.ts'

// Issue 7 acceptance: two agents online with max 1 chat each; a third visitor is told
// they are next in line (position 0 on the wire, "position 1" to a person), the console
// shows the queue, and the visitor is assigned when a chat ends.

const server = new HandoffServer(3341)
test.beforeAll(async () => {
  await server.start()
  await server.agent({ email: 'a@e2e.chao', name: 'An', maxChats: 1 })
  await server.agent({ email: 'b@e2e.chao', name: 'Binh', maxChats: 1 })
})
test.afterAll(async () => {
  await closeConsoles()
  await server.stop()
})

async function visitorAsking(name: string) {
  const visitor = new NodeVisitor(server.url)
  await expect.poll(() => visitor.connector.$connection.get()).toBe('online')
  visitor.requestHuman({ visitor: { name } })
  return visitor
}

test('a third visitor queues at position 1 and is assigned when a chat ends', async ({
  browser,
}) => {
  const an = await openConsole(browser, server.url, 'a@e2e.chao')
  await openConsole(browser, server.url, 'b@e2e.chao')
  const first = await visitorAsking('First Visitor')
  const second = await visitorAsking('Second Visitor')
  await expect
    .poll(() => [first.state(), second.state()].sort())
    .toEqual(['assigned An', 'assigned Binh'])

  const third = await visitorAsking('Third Visitor')
  await expect.poll(() => third.last('queue:position')?.position).toBe(0)
  expect(third.state()).toBe('queued')
  await expect(tab(an, /Queued/)).toContainText('1')
  await tab(an, /Queued/).click()
  await expect(an.getByRole('button', { name: /Third Visitor/ })).toContainText('waiting')

  const anVisitor = first.state() === 'assigned An' ? 'First Visitor' : 'Second Visitor'
  await openChat(an, /Mine/, anVisitor)
  await an.getByRole('button', { name: 'End chat' }).click()
  await expect.poll(() => third.state()).toBe('assigned An')
  for (const v of [first, second, third]) v.close()
})
