// @vitest-environment jsdom
import type { ReportSummary } from '@chao/protocol'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { $report, $reportFilters, $reportOptions, setReportEnv } from '../../stores/reports.ts'
import { ReportsView } from './ReportsView.tsx'
import { emptyMetrics, weekSummary } from './summary.fixture.ts'

// Fail closed: every request the page makes must be one of these, or the test fails.
let answer: (url: URL) => unknown
const requests: URL[] = []
let search = ''
let root: HTMLElement

function mount(initialSearch: string, summary: (url: URL) => unknown) {
  search = initialSearch
  answer = summary
  root = document.createElement('div')
  document.body.append(root)
  return act(() => render(<ReportsView />, root))
}

beforeEach(() => {
  requests.length = 0
  $report.set({ state: 'idle' })
  $reportFilters.set(undefined)
  $reportOptions.set({ agents: [], departments: [] })
  setReportEnv({
    now: () => Date.UTC(2026, 10, 25, 12),
    timeZone: () => 'Asia/Ho_Chi_Minh',
    search: () => search,
    setSearch: (next) => {
      search = next
    },
  })
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input, 'http://console.test')
    requests.push(url)
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      })
    if (url.pathname === '/api/v1/agent/agents')
      return json({
        agents: [
          { id: 'a-lan', name: 'Lan' },
          { id: 'a-minh', name: 'Minh' },
        ],
      })
    if (url.pathname === '/api/v1/agent/departments')
      return json({ departments: [{ id: 'sales', name: 'Sales' }] })
    if (url.pathname === '/api/v1/reports/summary') {
      const body = answer(url)
      return body instanceof Response ? body : json(body)
    }
    throw new Error(`unexpected request ${url}`)
  })
})

afterEach(async () => {
  await act(() => render(null, root))
  root.remove()
  vi.unstubAllGlobals()
})

const $ = <T extends Element = HTMLElement>(selector: string) => {
  const found = root.querySelector<T>(selector)
  if (found === null) throw new Error(`nothing matches ${selector}`)
  return found
}
const card = (label: string) => $(`article[aria-label="${label}"]`)
const value = (label: string) => card(label).querySelector('.kpi-value')?.textContent
const table = (caption: string) => {
  const found = [...root.querySelectorAll('table')].find((t) =>
    t.caption?.textContent?.startsWith(caption),
  )
  if (found === undefined) throw new Error(`no table "${caption}"`)
  return found
}
const rows = (caption: string) =>
  [...(table(caption).tBodies[0]?.rows ?? [])].map((r) =>
    [...r.cells].map((c) => c.textContent?.trim() ?? ''),
  )
const loaded = () =>
  vi.waitFor(() => {
    expect($report.get().state).toBe('ready')
    expect(root.querySelector('.report-body')).not.toBeNull()
  })

describe('the reports overview', () => {
  it('shows every KPI of the period with its change against the previous period', async () => {
    await mount('', () => weekSummary())
    await loaded()
    expect(value('CSAT')).toBe('75.0%')
    expect(card('CSAT').querySelector('.kpi-delta')?.textContent).toBe(
      '+25.0 pts vs previous 7 days (2026-10-26 – 2026-11-01) (was 50.0%)',
    )
    expect(card('CSAT').querySelector('.kpi-delta')?.className).toContain('good')
    expect(card('CSAT').querySelector('.kpi-detail')?.textContent).toBe(
      '3 of 4 ratings · average 4.00',
    )
    expect(value('First response (median)')).toBe('1 min 30 s')
    // Faster than before: a negative change that is good news.
    expect(card('First response (median)').querySelector('.kpi-change')?.textContent).toBe('−30 s')
    expect(card('First response (median)').querySelector('.kpi-delta')?.className).toContain('good')
    expect(value('First response (p90)')).toBe('7 min 00 s')
    expect(value('SLA compliance')).toBe('66.7%')
    expect(value('Conversations')).toBe('6')
    expect(value('Bot deflection')).toBe('60.0%')
    expect(root.querySelectorAll('article.kpi')).toHaveLength(14)
  })

  it('writes "—" for what the period has no data for, never 0 or NaN', async () => {
    await mount('', () => weekSummary())
    await loaded()
    expect(value('NPS')).toBe('—')
    // The previous week had no CES answers: no change can be computed.
    expect(card('CES').querySelector('.kpi-change')?.textContent).toBe('—')
    expect(root.textContent).not.toMatch(/NaN|undefined|null/)
    expect(rows('CSAT per day')[1]).toEqual(['2026-11-03', '—', '0'])
  })

  it('draws the charts as labelled SVG with the same numbers in tables beneath', async () => {
    await mount('', () => weekSummary())
    await loaded()
    const charts = [...root.querySelectorAll('svg[role="img"]')]
    expect(charts.map((c) => c.querySelector('title')?.textContent)).toEqual([
      'Conversations by hour of day',
      'Conversations per day',
      'CSAT per day',
      'Median first response time per day',
    ])
    // Hour 09: 4 bars' worth now, 1 the week before.
    expect(rows('Conversations by hour of day')[9]).toEqual(['09:00', '4', '1'])
    expect(charts[0]?.querySelectorAll('rect.bar')).toHaveLength(24)
    expect(rows('Conversations per day')[0]).toEqual(['2026-11-02', '4'])
    // A line through the days with ratings only: two points, with a gap between them.
    expect(charts[2]?.querySelectorAll('circle')).toHaveLength(2)
    expect(charts[2]?.querySelector('path')?.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ M/)
    expect(rows('Median first response per day')[2]).toEqual(['2026-11-04', '2 min 30 s'])
  })

  it('links each table to its CSV with the same filters', async () => {
    await mount('?report=overview&range=custom&from=2026-11-02&to=2026-11-08&agent=a-lan', () =>
      weekSummary(),
    )
    await loaded()
    const summaryUrl = requests.find((r) => r.pathname.endsWith('/summary'))
    expect(Object.fromEntries(summaryUrl?.searchParams ?? [])).toEqual({
      from: '2026-11-02',
      to: '2026-11-08',
      tz: 'Asia/Ho_Chi_Minh',
      agent: 'a-lan',
    })
    const link = table('Conversations per day').querySelector('a.csv')
    expect(link?.textContent).toBe('Download CSV of Conversations per day')
    // The links use the query the server answered for.
    expect(link?.getAttribute('href')).toBe(
      '/api/v1/reports/daily.csv?from=2026-11-02&to=2026-11-08&tz=Asia%2FHo_Chi_Minh',
    )
  })
})

describe('report filters', () => {
  it('asks again with one agent and keeps the choice in the URL', async () => {
    await mount('', (url) => {
      const s = weekSummary()
      if (url.searchParams.get('agent') !== 'a-minh') return s
      return {
        ...s,
        query: { ...s.query, agent: 'a-minh' },
        current: { ...s.current, metrics: { ...emptyMetrics(), conversations: 2 } },
      }
    })
    await loaded()
    await vi.waitFor(() => expect($reportOptions.get().agents).toHaveLength(2))
    const agent = [...root.querySelectorAll('label')].find((l) => l.textContent === 'Agent')
    const select = document.getElementById(agent?.htmlFor ?? '') as HTMLSelectElement
    await act(() => {
      select.value = 'a-minh'
      select.dispatchEvent(new Event('change'))
    })
    await vi.waitFor(() => expect(value('Conversations')).toBe('2'))
    expect(value('CSAT')).toBe('—')
    expect(search).toBe('?report=overview&range=7d&agent=a-minh')
  })

  it("shows the server's reason when the report cannot be loaded", async () => {
    await mount(
      '',
      () =>
        new Response(
          JSON.stringify({ error: 'bad_query', message: 'tz: unknown time zone "Mars"' }),
          {
            status: 400,
          },
        ),
    )
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        'The report could not be loaded: tz: unknown time zone "Mars"',
      ),
    )
  })
})

describe('the other report pages', () => {
  it("lists agents, and a name opens that agent's detail", async () => {
    await mount('?report=agents', (url) => {
      const s: ReportSummary = weekSummary()
      const agent = url.searchParams.get('agent')
      if (agent === null) return s
      return {
        ...s,
        query: { ...s.query, agent },
        tables: { ...s.tables, agents: s.tables.agents.slice(0, 1) },
      }
    })
    await loaded()
    expect(rows('Agents')).toEqual([
      ['Lan', '4', '3', '66.7%', '3.67', '3', '1 min 00 s', '8 min 20 s', '75.0%'],
      ['Minh', '2', '2', '—', '—', '0', '6 min 40 s', '12 min 30 s', '50.0%'],
    ])
    const lan = [...table('Agents').querySelectorAll('button')].find((b) => b.textContent === 'Lan')
    await act(() => lan?.click())
    await vi.waitFor(() => expect(root.querySelector('[aria-label="Agent Lan"]')).not.toBeNull())
    expect(search).toBe('?report=agents&range=7d&agent=a-lan')
    expect(rows('Ratings of Lan')[0]).toEqual([
      '2026-11-02 10:00',
      'Lan',
      'sales',
      '4',
      'Quick and kind',
      '—',
      '6',
    ])
    expect(table('Agents').querySelector('a.csv')?.getAttribute('href')).toContain('agent=a-lan')
  })

  it('shows unanswered questions and proactive rules, each with its CSV', async () => {
    await mount('?report=unanswered', () => weekSummary())
    await loaded()
    expect(rows('Top unanswered questions')).toEqual([
      ['Do you ship to Hue?', '3', '2026-11-03 09:05'],
    ])
    const proactive = [...root.querySelectorAll('nav button')].find(
      (b) => b.textContent === 'Proactive',
    )
    await act(() => (proactive as HTMLButtonElement).click())
    expect(rows('Proactive rule performance')).toEqual([
      ['pricing-help', '10', '3', '1', '4', '30.0%', '10.0%'],
    ])
    expect(
      table('Proactive rule performance').querySelector('a.csv')?.getAttribute('href'),
    ).toMatch(/^\/api\/v1\/reports\/proactive\.csv\?/)
    // Switching pages reuses the summary already loaded.
    expect(requests.filter((r) => r.pathname.endsWith('/summary'))).toHaveLength(1)
  })
})
