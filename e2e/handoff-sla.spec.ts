import { expect, test } from '@playwright/test'
import { closeConsoles, openConsole, tab } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { NodeVisitor } from './handoff-support/visitor.ts'

// The inbox's SLA clock: a queued chat without a first reply turns red after 5 minutes.
// The console runs on Playwright's clock, fast-forwarded; the server keeps real time.

const server = new HandoffServer(3344)
test.beforeAll(async () => {
  await server.start()
  // Online but with no room: visitors queue instead of being told nobody is there.
  await server.agent({ email: 'full@e2e.chao', name: 'Full', maxChats: 0 })
})
test.afterAll(async () => {
  await closeConsoles()
  await server.stop()
})

test('a waiting chat’s clock turns red once the first-response target is breached', async ({
  browser,
}) => {
  const page = await openConsole(browser, server.url, 'full@e2e.chao')
  const visitor = new NodeVisitor(server.url)
  await expect.poll(() => visitor.connector.$connection.get()).toBe('online')
  visitor.requestHuman({ visitor: { name: 'Patient Visitor' } })
  await expect.poll(() => visitor.last('queue:position')?.position).toBe(0)

  await page.clock.install()
  await tab(page, /Queued/).click()
  const entry = page.getByRole('button', { name: /Patient Visitor/ })
  const clock = entry.locator('.sla')
  await expect(clock).toContainText('waiting 0:')
  await expect(clock).not.toHaveClass(/breached/)
  await page.clock.fastForward('05:01')
  await expect(clock).toHaveClass(/breached/)
  await expect(clock).toContainText('waiting 5:')
  visitor.close()
})
