import type { ReportSummary } from '@chao/protocol'
import { atom } from 'nanostores'
import { api } from '../api.ts'
import {
  filtersFromSearch,
  filtersToSearch,
  type ReportFilters,
  toReportQuery,
} from './report-filters.ts'

/**
 * The reports area: its filters (mirrored in the URL), the summary for them, and the
 * lists the filters choose from. Views read these stores and call the actions below.
 */

export type ReportState =
  | { state: 'idle' }
  | { state: 'loading'; previous?: ReportSummary }
  | { state: 'ready'; summary: ReportSummary }
  | { state: 'error'; message: string }

export interface ReportOptions {
  agents: { id: string; name: string }[]
  departments: { id: string; name: string }[]
}

/** The environment the reports read, injected so tests run without a browser. */
export interface ReportEnv {
  now: () => number
  timeZone: () => string
  /** The current query string, e.g. `location.search`. */
  search: () => string
  /** Shows the filters in the address bar (history.replaceState). */
  setSearch: (search: string) => void
}

const browser: ReportEnv = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  search: () => location.search,
  setSearch: (search) => history.replaceState(history.state, '', search || location.pathname),
}

let env: ReportEnv = browser

/** For tests: swap the clock, time zone and URL. */
export function setReportEnv(next: ReportEnv): void {
  env = next
}

export const $reportFilters = atom<ReportFilters | undefined>(undefined)
export const $report = atom<ReportState>({ state: 'idle' })
export const $reportOptions = atom<ReportOptions>({ agents: [], departments: [] })

/** Whether the address has a report in it (a shared link): the console opens Reports. */
export function reportInUrl(): boolean {
  return new URLSearchParams(env.search()).has('report')
}

let generation = 0

/** Opens the reports with the filters from the URL, and loads them. */
export async function openReports(): Promise<void> {
  $reportFilters.set(filtersFromSearch(env.search(), env.now(), env.timeZone()))
  void loadReportOptions()
  await loadReport()
}

/** Leaving the reports takes their filters out of the address. */
export function closeReports(): void {
  generation++
  env.setSearch('')
}

/** Changes some filters, shows them in the URL and reloads the numbers. */
export async function setReportFilters(patch: Partial<ReportFilters>): Promise<void> {
  const current = $reportFilters.get() ?? filtersFromSearch('', env.now(), env.timeZone())
  const next = { ...current, ...patch }
  $reportFilters.set(next)
  env.setSearch(filtersToSearch(next, env.timeZone()))
  // Switching between report pages reuses the summary: the pages share it.
  const onlyPage = Object.keys(patch).every((key) => key === 'page')
  if (!onlyPage || $report.get().state === 'idle') await loadReport()
}

/** Fetches the summary for the current filters; an older answer arriving late is dropped. */
export async function loadReport(): Promise<void> {
  const filters = $reportFilters.get()
  if (filters === undefined) return
  const mine = ++generation
  const shown = $report.get()
  const previous =
    shown.state === 'ready' ? shown.summary : shown.state === 'loading' ? shown.previous : undefined
  $report.set(previous === undefined ? { state: 'loading' } : { state: 'loading', previous })
  try {
    const summary = await api.reportSummary(toReportQuery(filters, env.now()))
    if (mine === generation) $report.set({ state: 'ready', summary })
  } catch (error) {
    if (mine === generation) $report.set({ state: 'error', message: (error as Error).message })
  }
}

/** The agents and departments to filter by; without them the filters offer "All" only. */
async function loadReportOptions(): Promise<void> {
  if ($reportOptions.get().agents.length > 0) return
  const [team, departments] = await Promise.all([
    api.team().catch(() => undefined),
    api.departments().catch(() => undefined),
  ])
  const pick = (list: { id: string; name: string }[] | undefined) =>
    Array.isArray(list) ? list.map(({ id, name }) => ({ id, name })) : []
  $reportOptions.set({ agents: pick(team?.agents), departments: pick(departments?.departments) })
}
