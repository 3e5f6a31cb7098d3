import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { answerAndEnd, openConsole, tab } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'
import { downloadCsv, tableRows } from './reports-support/server.ts'

// Issue 9 acceptance: a visitor rates 4 with a comment after an agent ends the chat; the
// rating appears in the console's report (ratings table and CSAT card) and in the CSV;
// the prompt is not shown a second time. Real widget on a made-up shop origin, real
// console, real server (port 3432).

const MAI = { name: 'Mai Pham', email: 'mai@example.com' }
const server = new HandoffServer(3432)

test.beforeAll(async () => {
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(() => closeAll(server))

test('a rating of 4 with a comment shows in the reports and their CSV, and is asked once', async ({
  browser,
}) => {
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')

  const shopper = await WidgetVisitor.open(browser, server.url, { contact: MAI })
  const visitor = shopper.page
  await shopper.askForHuman()
  await shopper.joined('Lan')

  // Lan answers, then ends the chat.
  await answerAndEnd(lan, visitor, /Mine/, 'Hi Mai, how can I help?')

  // The visitor rates 4 ("Good") with a comment.
  const prompt = visitor.getByRole('group', { name: 'How would you rate this conversation?' })
  await expect(prompt).toBeVisible()
  await visitor.getByRole('radio', { name: 'Good' }).click()
  await visitor
    .getByRole('textbox', { name: 'Anything to add? (optional)' })
    .fill('Quick and kind, thanks')
  await visitor.getByRole('button', { name: 'Send rating' }).click()
  await expect(visitor.getByText('Thanks for your feedback!')).toBeVisible()

  // The rating is stored once the server acks it: wait for the API to have it, then look
  // at what the console shows. Today, in UTC.
  const today = new Date().toISOString().slice(0, 10)
  const query = `from=${today}&to=${today}&tz=UTC`
  await expect
    .poll(async () =>
      (await lan.request.get(`${server.url}/api/v1/reports/ratings.csv?${query}`)).text(),
    )
    .toContain('Quick and kind, thanks')

  await tab(lan, /Reports/).click()
  await lan.getByLabel('Time zone', { exact: true }).selectOption('UTC')
  await lan.getByLabel('Period', { exact: true }).selectOption({ label: 'Today' })
  await expect(lan.locator('.report-period')).toHaveText(`${today} (UTC)`)
  const csat = lan.getByRole('article', { name: 'CSAT', exact: true })
  await expect(csat.locator('.kpi-value')).toHaveText('100.0%')
  await expect(csat.locator('.kpi-detail')).toHaveText('1 of 1 ratings · average 4.00')
  await expect(
    lan.getByRole('article', { name: 'Survey response rate' }).locator('.kpi-value'),
  ).toHaveText('100.0%')

  await lan.getByRole('button', { name: 'Ratings', exact: true }).click()
  const rows = await tableRows(lan, 'Ratings')
  expect(rows.map((r) => r.slice(1, 5))).toEqual([['Lan', '—', '4', 'Quick and kind, thanks']])
  const { rows: csv } = await downloadCsv(lan, 'Ratings')
  expect(csv.map((r) => [r.agentName, r.rating, r.comment])).toEqual([
    ['Lan', '4', 'Quick and kind, thanks'],
  ])

  // A reload does not ask again. (Closed first, so the reload does not restore it open
  // while the launcher is being clicked.)
  await visitor.getByRole('button', { name: 'Close chat' }).first().click()
  await expect(shopper.composer).toBeHidden()
  await visitor.reload()
  await visitor.getByRole('button', { name: 'Open chat' }).click()
  await expect(visitor.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible()
  await expect(visitor.getByText('Hi Mai, how can I help?')).toBeVisible()
  await expect(prompt).toHaveCount(0)
  await visitor.context().close()
})
