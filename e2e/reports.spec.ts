import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import type { ReportMetrics } from '../packages/protocol/src/reports.ts'
import {
  EXPECTED_AGENTS,
  EXPECTED_DAILY,
  EXPECTED_EMPTY,
  EXPECTED_HOURS_PREVIOUS,
  EXPECTED_HOURS_WEEK,
  EXPECTED_PREVIOUS,
  EXPECTED_PROACTIVE,
  EXPECTED_RATINGS_ORDER,
  EXPECTED_UNANSWERED,
  EXPECTED_WEEK,
} from '../packages/server/src/reports/fixture-expected.ts'
import {
  closeConsoles,
  downloadCsv,
  openReports,
  ReportsServer,
  tableRows,
} from './reports-support/server.ts'

// Issue 9: the console's report pages against the reports fixture, in Chromium. What is
// checked is what the PAGE shows (cards and tables), against the numbers worked out by
// hand in packages/server/src/reports/fixture-expected.ts, and that each CSV download
// has the same rows. The fixture's week is 2026-11-09 → 11-12 in Ho Chi Minh City.

test.describe.configure({ mode: 'serial' })

let server: ReportsServer

test.beforeAll(async () => {
  server = new ReportsServer(3431)
  await server.start()
})
test.afterAll(async () => {
  await closeConsoles()
  await server?.stop()
})

const HCM = 'Asia/Ho_Chi_Minh'
const WEEK = '?report=overview&range=custom&from=2026-11-09&to=2026-11-12'

// How the console writes numbers (docs/console.md): "—" for no data, rates with one
// decimal, durations to the second. Written out here independently of the console's code.
const NONE = '—'
const pct = (v: number | null) => (v === null ? NONE : `${v.toFixed(1)}%`)
const avg = (v: number | null) => (v === null ? NONE : v.toFixed(2))
const dur = (ms: number | null) => {
  if (ms === null) return NONE
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  return m < 60
    ? `${m} min ${String(s % 60).padStart(2, '0')} s`
    : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`
}
const nps = (v: number | null) =>
  v === null ? NONE : v > 0 ? `+${v}` : String(v).replace('-', '−')

/** Every card's expected text for one period's hand-computed metrics. */
function cards(m: ReportMetrics): [string, string][] {
  return [
    ['Conversations', String(m.conversations)],
    ['CSAT', pct(m.csat.percent)],
    ['NPS', nps(m.nps.score)],
    ['CES', avg(m.ces.average)],
    ['Survey response rate', pct(m.responseRate.percent)],
    ['First response (median)', dur(m.firstResponse.medianMs)],
    ['First response (p90)', dur(m.firstResponse.p90Ms)],
    ['Handle time (average)', dur(m.handle.averageMs)],
    ['Resolution time (average)', dur(m.resolution.averageMs)],
    ['Queue wait (average)', dur(m.wait.averageMs)],
    ['SLA compliance', pct(m.sla.percent)],
    ['First contact resolution', pct(m.fcr.percent)],
    ['Bot deflection', pct(m.botDeflection.percent)],
    ['Bot helpfulness', pct(m.botHelpfulness.percent)],
  ]
}

const card = (page: Page, label: string) => page.getByRole('article', { name: label, exact: true })

async function expectCards(page: Page, m: ReportMetrics, before: ReportMetrics | null) {
  for (const [label, text] of cards(m)) {
    await expect(card(page, label).locator('.kpi-value'), label).toHaveText(text)
  }
  if (before === null) return
  for (const [label, text] of cards(before)) {
    await expect(card(page, label).locator('.kpi-before'), label).toHaveText(` (was ${text})`)
  }
}

test('the week: every KPI card, its comparison and the chart tables show the hand-computed numbers', async ({
  browser,
}) => {
  // No tz in the link: the browser's own time zone is the default.
  const page = await openReports(browser, server.url, WEEK, { timezoneId: HCM })
  // Chromium's ICU names Ho Chi Minh City by its older alias, Asia/Saigon: same zone.
  await expect(page.getByLabel('Time zone', { exact: true })).toHaveValue(
    /^Asia\/(Ho_Chi_Minh|Saigon)$/,
  )
  await expect(page.locator('.report-period')).toHaveText(
    /^2026-11-09 – 2026-11-12 \(Asia\/(Ho_Chi_Minh|Saigon)\)$/,
  )
  await expectCards(page, EXPECTED_WEEK, EXPECTED_PREVIOUS)
  // CSAT 60 % against 50 %: ten points better. Median first response 3.5 min vs 4.5 min.
  await expect(card(page, 'CSAT').locator('.kpi-delta')).toHaveClass(/good/)
  await expect(card(page, 'CSAT').locator('.kpi-change')).toHaveText('+10.0 pts')
  await expect(card(page, 'First response (median)').locator('.kpi-change')).toHaveText(
    '−1 min 00 s',
  )
  await expect(card(page, 'CSAT').locator('.kpi-detail')).toHaveText(
    `${EXPECTED_WEEK.csat.count} of ${EXPECTED_WEEK.csat.total} ratings · average 3.80`,
  )
  await expect(card(page, 'SLA compliance').locator('.kpi-detail')).toContainText(
    `${EXPECTED_WEEK.sla.breaches} breaches`,
  )

  expect(await tableRows(page, 'Conversations per day')).toEqual(
    EXPECTED_DAILY.map((d) => [d.date, String(d.conversations)]),
  )
  expect(await tableRows(page, 'CSAT per day')).toEqual(
    EXPECTED_DAILY.map((d) => [d.date, pct(d.csatPercent), String(d.ratings)]),
  )
  expect(await tableRows(page, 'Median first response per day')).toEqual(
    EXPECTED_DAILY.map((d) => [d.date, dur(d.firstResponseMedianMs)]),
  )
  const hours = Array.from({ length: 24 }, (_, h) => [
    `${String(h).padStart(2, '0')}:00`,
    String(EXPECTED_HOURS_WEEK[h] ?? 0),
    String(EXPECTED_HOURS_PREVIOUS[h] ?? 0),
  ])
  expect(await tableRows(page, 'Conversations by hour of day')).toEqual(hours)
  // The charts draw the same series: one bar per hour, one per day.
  const charts = page.getByRole('img')
  await expect(charts).toHaveCount(4)
  await expect(charts.nth(0).locator('rect.bar')).toHaveCount(24)
  await expect(charts.nth(1).locator('rect.bar')).toHaveCount(EXPECTED_DAILY.length)

  // The page passes axe's checks (names, contrast, table headers, SVG images).
  const axe = await new AxeBuilder({ page }).include('.reports').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  )

  const { rows: csv } = await downloadCsv(page, 'Conversations per day')
  expect(csv.map((r) => [r.date, r.conversations, r.ratings])).toEqual(
    EXPECTED_DAILY.map((d) => [d.date, String(d.conversations), String(d.ratings)]),
  )
})

test('one agent: the cards and the agents table narrow to them, and the link keeps it', async ({
  browser,
}) => {
  const page = await openReports(browser, server.url, `${WEEK}&tz=${encodeURIComponent(HCM)}`)
  const binh = EXPECTED_AGENTS[1]
  if (binh === undefined) throw new Error('the fixture has two agents')
  await page.getByLabel('Agent', { exact: true }).selectOption({ label: binh.name })
  await expect(card(page, 'Conversations').locator('.kpi-value')).toHaveText(
    String(binh.conversations),
  )
  await expect(card(page, 'CSAT').locator('.kpi-value')).toHaveText(pct(binh.csatPercent))
  await expect(card(page, 'First response (median)').locator('.kpi-value')).toHaveText(
    dur(binh.firstResponseMedianMs),
  )
  await expect(card(page, 'Handle time (average)').locator('.kpi-value')).toHaveText(
    dur(binh.handleAverageMs),
  )
  await expect(card(page, 'SLA compliance').locator('.kpi-value')).toHaveText(pct(binh.slaPercent))
  expect(new URL(page.url()).searchParams.get('agent')).toBe(binh.agentId)

  // The same link, reloaded, shows the same report.
  await page.reload()
  await expect(card(page, 'Conversations').locator('.kpi-value')).toHaveText(
    String(binh.conversations),
  )
  await expect(page.getByLabel('Agent', { exact: true })).toHaveValue(binh.agentId)
})

test('one day is compared with the same weekday last week; the empty day shows "—"', async ({
  browser,
}) => {
  const day = EXPECTED_DAILY[3]
  if (day === undefined) throw new Error('the fixture has four days')
  const page = await openReports(
    browser,
    server.url,
    `?report=overview&range=custom&from=${day.date}&to=${day.date}&tz=${encodeURIComponent(HCM)}`,
  )
  await expect(card(page, 'Conversations').locator('.kpi-value')).toHaveText(
    String(day.conversations),
  )
  await expect(card(page, 'CSAT').locator('.kpi-value')).toHaveText(pct(day.csatPercent))
  await expect(card(page, 'CSAT').locator('.kpi-delta')).toContainText(
    `vs same day last week (2026-11-05) (was ${pct(EXPECTED_PREVIOUS.csat.percent)})`,
  )
  await expect(card(page, 'First response (median)').locator('.kpi-value')).toHaveText(
    dur(day.firstResponseMedianMs),
  )

  await page.getByLabel('From', { exact: true }).fill('2026-11-11')
  await page.getByLabel('To', { exact: true }).fill('2026-11-11')
  await expect(page.locator('.report-period')).toHaveText(`2026-11-11 (${HCM})`)
  await expectCards(page, EXPECTED_EMPTY, null)
  await expect(page.locator('.reports')).not.toContainText('NaN')
})

test('agents, unanswered questions, proactive rules and ratings: the tables and their CSVs', async ({
  browser,
}) => {
  const page = await openReports(
    browser,
    server.url,
    `?report=agents&range=custom&from=2026-11-09&to=2026-11-12&tz=${encodeURIComponent(HCM)}`,
  )
  const agentRows = EXPECTED_AGENTS.map((a) => [
    a.name,
    String(a.conversations),
    String(a.ended),
    pct(a.csatPercent),
    avg(a.averageRating),
    String(a.ratings),
    dur(a.firstResponseMedianMs),
    dur(a.handleAverageMs),
    pct(a.slaPercent),
  ])
  expect(await tableRows(page, 'Agents')).toEqual(agentRows)
  const { name, rows: agentsCsv } = await downloadCsv(page, 'Agents')
  expect(name).toBe('chao-agents-2026-11-09-2026-11-12.csv')
  expect(
    agentsCsv.map((r) => [r.agentId, r.name, r.conversations, r.csatPercent, r.handleAverageMs]),
  ).toEqual(
    EXPECTED_AGENTS.map((a) => [
      a.agentId,
      a.name,
      String(a.conversations),
      String(a.csatPercent),
      String(a.handleAverageMs),
    ]),
  )

  // An agent's detail: their cards and their ratings only.
  const an = EXPECTED_AGENTS[0]
  if (an === undefined) throw new Error('the fixture has two agents')
  await page.getByRole('button', { name: an.name }).click()
  const detail = page.getByRole('region', { name: `Agent ${an.name}` })
  await expect(detail.getByRole('article', { name: 'CSAT' }).locator('.kpi-value')).toHaveText(
    pct(an.csatPercent),
  )
  expect((await tableRows(page, `Ratings of ${an.name}`)).map((r) => r[3])).toEqual([
    '3',
    '5',
    '4',
    '5',
  ])
  await detail.getByRole('button', { name: 'All agents' }).click()
  await expect(page.getByRole('button', { name: an.name })).toBeVisible()

  await page.getByRole('button', { name: 'Unanswered questions' }).click()
  expect((await tableRows(page, 'Top unanswered questions')).map((r) => r.slice(0, 2))).toEqual(
    EXPECTED_UNANSWERED.map((u) => [u.text, String(u.count)]),
  )
  const { rows: unansweredCsv } = await downloadCsv(page, 'Top unanswered questions')
  expect(unansweredCsv.map((r) => [r.text, r.count])).toEqual(
    EXPECTED_UNANSWERED.map((u) => [u.text, String(u.count)]),
  )

  await page.getByRole('button', { name: 'Proactive', exact: true }).click()
  const proactiveRows = EXPECTED_PROACTIVE.map((p) => [
    p.ruleId,
    String(p.shown),
    String(p.clicked),
    String(p.replied),
    String(p.dismissed),
    pct(p.clickPercent),
    pct(p.replyPercent),
  ])
  expect(await tableRows(page, 'Proactive rule performance')).toEqual(proactiveRows)
  const { rows: proactiveCsv } = await downloadCsv(page, 'Proactive rule performance')
  expect(proactiveCsv.map((r) => [r.ruleId, r.shown, r.clicked, r.replied, r.dismissed])).toEqual(
    proactiveRows.map((r) => r.slice(0, 5)),
  )

  await page.getByRole('button', { name: 'Ratings', exact: true }).click()
  const ratings = await tableRows(page, 'Ratings')
  expect(ratings).toHaveLength(EXPECTED_RATINGS_ORDER.length)
  const { rows: ratingsCsv } = await downloadCsv(page, 'Ratings')
  expect(ratingsCsv.map((r) => r.conversationId)).toEqual(EXPECTED_RATINGS_ORDER)
  // Row for row, the CSV and the page agree on who was rated what, with which comment;
  // a comment a spreadsheet would run as a formula is shown as typed but exported as text.
  const asCsvText = (cell: string) =>
    cell === NONE ? '' : /^[=+\-@]/.test(cell) ? `'${cell}` : cell
  expect(ratingsCsv.map((r) => [r.agentName, r.rating, r.comment])).toEqual(
    ratings.map((r) => [r[1], asCsvText(r[3] ?? ''), asCsvText(r[4] ?? '')]),
  )
  expect(ratings.map((r) => r[4])).toContain('=HYPERLINK("http://evil.example","x")')
})
