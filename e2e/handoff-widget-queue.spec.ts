import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { openChat, openConsole, tab } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'

// Issue 7 acceptance, with the real widget: two agents online with at most one chat each;
// a third visitor's widget says they are number 1 in the queue, the console lists them as
// waiting, and they are assigned as soon as a chat ends.

const server = new HandoffServer(3451)
test.beforeAll(async () => {
  await server.start()
  await server.agent({ email: 'a@e2e.chao', name: 'An', maxChats: 1 })
  await server.agent({ email: 'b@e2e.chao', name: 'Binh', maxChats: 1 })
})
test.afterAll(() => closeAll(server))

const joined = (visitor: WidgetVisitor, name: string) =>
  visitor.lines('system').filter({ hasText: `${name} joined the chat` })

async function visitorAsking(browser: Parameters<typeof WidgetVisitor.open>[0], name: string) {
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name, email: `${name.split(' ')[0]?.toLowerCase()}@example.com` },
  })
  await visitor.askForHuman()
  return visitor
}

test('widget: a third visitor is number 1 in the queue, then assigned when a chat ends', async ({
  browser,
}) => {
  // Five browser contexts (two consoles, three shoppers): room for a busy CI machine.
  test.setTimeout(60_000)
  const an = await openConsole(browser, server.url, 'a@e2e.chao')
  await openConsole(browser, server.url, 'b@e2e.chao')
  const first = await visitorAsking(browser, 'First Visitor')
  await expect(joined(first, 'An').or(joined(first, 'Binh'))).toBeVisible({ timeout: 15_000 })
  const second = await visitorAsking(browser, 'Second Visitor')
  await expect(joined(second, 'An').or(joined(second, 'Binh'))).toBeVisible({ timeout: 15_000 })
  const firstWithAn = (await joined(first, 'An').count()) === 1
  await expect(joined(second, firstWithAn ? 'Binh' : 'An')).toBeVisible()

  const third = await visitorAsking(browser, 'Third Visitor')
  await expect(third.log).toContainText('You are number 1 in the queue', { timeout: 15_000 })
  await expect(third.lines('system').filter({ hasText: 'joined the chat' })).toHaveCount(0)
  await expect(tab(an, /Queued/)).toContainText('1')
  await tab(an, /Queued/).click()
  await expect(an.getByRole('button', { name: /Third Visitor/ })).toContainText('waiting')

  // An ends their chat: the third visitor gets An at once, and their widget says so.
  await openChat(an, /Mine/, firstWithAn ? 'First Visitor' : 'Second Visitor')
  await an.getByRole('button', { name: 'End chat' }).click()
  await expect(joined(third, 'An')).toBeVisible()
  await expect((firstWithAn ? first : second).log).toContainText('The chat has ended.')
})
