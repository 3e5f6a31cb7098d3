import { expect, test } from '@playwright/test'
import { closeConsoles, openConsole, tab } from './handoff-support/console.ts'
import { ADMIN, HandoffServer } from './handoff-support/server.ts'

// Issue 8 (part): an admin edits the site's proactive rules in the console under
// Settings → Proactive; bad rules are refused with the rule and field named; saved rules
// are what the widget gets with the site configuration. Agents don't see the setting.

// One server for the file: its tests share it, so they run in order in one worker.
test.describe.configure({ mode: 'serial' })

let server: HandoffServer

test.beforeAll(async () => {
  server = new HandoffServer(3346)
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(async () => {
  await closeConsoles()
  await server.stop()
})

const rule = (op: string) =>
  JSON.stringify([
    {
      id: 'pricing-help',
      conditions: { all: [{ path: { prefix: '/pricing' } }, { timeOnPage: 10 }] },
      message: { text: { vi: 'Bạn cần tư vấn gói nào?', en: 'Which plan suits you?' } },
    },
    { id: 'vip', conditions: { attribute: 'plan', op, value: 'vip' }, message: { text: 'Hi VIP' } },
  ])

test('an admin saves proactive rules; a bad rule is named and nothing is saved', async ({
  browser,
}) => {
  const page = await openConsole(browser, server.url, ADMIN.email)
  await tab(page, /Proactive/).click()
  const rules = page.getByRole('textbox', { name: 'Rules' })
  await expect(rules).toHaveValue('[]')

  await rules.fill(rule('bigger'))
  await expect(page.getByRole('article', { name: 'Rule pricing-help' })).toContainText(
    'Which plan suits you?',
  )
  await page.getByRole('button', { name: 'Save rules' }).click()
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('vip')
  const before = await (await fetch(`${server.url}/api/v1/config?site=demo`)).json()
  expect(before.proactive).toBeUndefined()

  await rules.fill(rule('eq'))
  await page.getByRole('button', { name: 'Save rules' }).click()
  await expect(page.getByRole('status')).toHaveText('Saved.')
  const after = await (await fetch(`${server.url}/api/v1/config?site=demo`)).json()
  expect(after.proactive.map((r: { id: string }) => r.id)).toEqual(['pricing-help', 'vip'])
})

test('agents who are not admins do not get the setting', async ({ browser }) => {
  const page = await openConsole(browser, server.url, 'lan@e2e.chao')
  await expect(tab(page, /Queued/)).toBeVisible()
  await expect(tab(page, /Proactive/)).toHaveCount(0)
})
