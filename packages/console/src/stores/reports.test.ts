import type { ReportSummary } from '@chao/protocol'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  $report,
  $reportFilters,
  loadReport,
  openReports,
  setReportEnv,
  setReportFilters,
} from './reports.ts'

const summary = (from: string) => ({ query: { from, to: from, tz: 'UTC' } }) as ReportSummary

let search = ''
const pending: { url: URL; resolve: (body: unknown) => void }[] = []

beforeEach(() => {
  search = '?report=overview&range=custom&from=2026-11-01&to=2026-11-07'
  pending.length = 0
  $report.set({ state: 'idle' })
  $reportFilters.set(undefined)
  setReportEnv({
    now: () => Date.UTC(2026, 10, 25, 12),
    timeZone: () => 'UTC',
    search: () => search,
    setSearch: (next) => {
      search = next
    },
  })
  vi.stubGlobal('fetch', (input: string) => {
    const url = new URL(input, 'http://console.test')
    if (!url.pathname.endsWith('/summary')) return Promise.resolve(Response.json({}))
    return new Promise<Response>((resolve) =>
      pending.push({ url, resolve: (body) => resolve(Response.json(body)) }),
    )
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('the reports store', () => {
  it('shows the answer to the latest filters even when an older one arrives last', async () => {
    void openReports()
    await vi.waitFor(() => expect(pending).toHaveLength(1))
    void setReportFilters({ from: '2026-11-02', to: '2026-11-02' })
    await vi.waitFor(() => expect(pending).toHaveLength(2))
    const [first, second] = pending
    second?.resolve(summary('2026-11-02'))
    await vi.waitFor(() => expect($report.get().state).toBe('ready'))
    first?.resolve(summary('2026-11-01'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    const shown = $report.get()
    expect(shown.state === 'ready' && shown.summary.query.from).toBe('2026-11-02')
    expect(search).toBe('?report=overview&range=custom&from=2026-11-02&to=2026-11-02')
  })

  it('keeps the previous numbers on screen while new ones load', async () => {
    void openReports()
    await vi.waitFor(() => expect(pending).toHaveLength(1))
    pending[0]?.resolve(summary('2026-11-01'))
    await vi.waitFor(() => expect($report.get().state).toBe('ready'))
    void loadReport()
    const loading = $report.get()
    expect(loading.state).toBe('loading')
    expect(loading.state === 'loading' && loading.previous?.query.from).toBe('2026-11-01')
  })

  it('switching report page reuses the loaded summary', async () => {
    void openReports()
    await vi.waitFor(() => expect(pending).toHaveLength(1))
    pending[0]?.resolve(summary('2026-11-01'))
    await vi.waitFor(() => expect($report.get().state).toBe('ready'))
    await setReportFilters({ page: 'agents' })
    expect(pending).toHaveLength(1)
    expect(search).toContain('report=agents')
  })
})
