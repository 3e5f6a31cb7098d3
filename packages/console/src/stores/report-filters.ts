import { REPORT_DATE, type ReportQuery, type ReportTable } from '@chao/protocol'

/**
 * The report filters as the console keeps them in the URL (`/console/?report=overview&range=7d…`),
 * so a report can be reloaded or shared. Presets stay relative ("last 7 days" means the
 * last 7 days whenever the link is opened); a custom range keeps its dates.
 */

export const REPORT_PAGES = ['overview', 'agents', 'unanswered', 'proactive', 'ratings'] as const
export type ReportPage = (typeof REPORT_PAGES)[number]

export const RANGES = ['today', '7d', '30d', 'custom'] as const
export type Range = (typeof RANGES)[number]

export interface ReportFilters {
  page: ReportPage
  range: Range
  /** Only read for `custom`; presets are resolved against today in `tz`. */
  from: string
  to: string
  tz: string
  department: string
  agent: string
  /** URL prefix of the page the chat started on. */
  pagePrefix: string
}

/** The date `YYYY-MM-DD` it is at `now` in `tz`. */
export function todayIn(tz: string, now: number): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

/** `date` moved by `days` calendar days (no time zone involved: dates are labels). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

export function isValidDate(date: string): boolean {
  return REPORT_DATE.test(date) && addDays(date, 0) === date
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** The inclusive local dates a filter set covers at `now`. */
export function resolveRange(filters: ReportFilters, now: number): { from: string; to: string } {
  if (filters.range === 'custom') return { from: filters.from, to: filters.to }
  const today = todayIn(filters.tz, now)
  const days = filters.range === 'today' ? 1 : filters.range === '7d' ? 7 : 30
  return { from: addDays(today, 1 - days), to: today }
}

/** Reads the filters from a query string; anything missing or malformed gets its default. */
export function filtersFromSearch(search: string, now: number, defaultTz: string): ReportFilters {
  const q = new URLSearchParams(search)
  const tzParam = q.get('tz') ?? ''
  const tz = tzParam !== '' && isTimeZone(tzParam) ? tzParam : defaultTz
  const page = q.get('report') as ReportPage
  let range = q.get('range') as Range
  if (!RANGES.includes(range)) range = '7d'
  const from = q.get('from') ?? ''
  const to = q.get('to') ?? ''
  const custom = isValidDate(from) && isValidDate(to) && from <= to
  if (range === 'custom' && !custom) range = '7d'
  const base: ReportFilters = {
    page: REPORT_PAGES.includes(page) ? page : 'overview',
    range,
    from,
    to,
    tz,
    department: q.get('department') ?? '',
    agent: q.get('agent') ?? '',
    pagePrefix: q.get('page') ?? '',
  }
  // A preset shows its dates in the custom fields, ready to be edited.
  return range === 'custom' ? base : { ...base, ...resolveRange(base, now) }
}

/** The query string for the console's URL (only what differs from the defaults). */
export function filtersToSearch(filters: ReportFilters, defaultTz: string): string {
  const q = new URLSearchParams({ report: filters.page, range: filters.range })
  if (filters.range === 'custom') {
    q.set('from', filters.from)
    q.set('to', filters.to)
  }
  if (filters.tz !== defaultTz) q.set('tz', filters.tz)
  if (filters.department !== '') q.set('department', filters.department)
  if (filters.agent !== '') q.set('agent', filters.agent)
  if (filters.pagePrefix !== '') q.set('page', filters.pagePrefix)
  return `?${q}`
}

/** What the reports API is asked (docs/metrics.md, `ReportQuery`). */
export function toReportQuery(filters: ReportFilters, now: number): ReportQuery {
  const query: ReportQuery = { ...resolveRange(filters, now), tz: filters.tz }
  if (filters.department !== '') query.department = filters.department
  if (filters.agent !== '') query.agent = filters.agent
  if (filters.pagePrefix !== '') query.page = filters.pagePrefix
  return query
}

export function queryString(query: ReportQuery): string {
  const q = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined) q.set(key, value)
  return q.toString()
}

/** The CSV download of one table, with the same filters as the page. */
export function csvUrl(table: ReportTable, query: ReportQuery): string {
  return `/api/v1/reports/${table}.csv?${queryString(query)}`
}
