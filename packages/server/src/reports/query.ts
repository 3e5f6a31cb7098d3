import {
  REPORT_DATE,
  REPORT_DEFAULTS,
  REPORT_MAX_DAYS,
  type ReportPeriod,
  type ReportQuery,
} from '@chao/protocol'
import { addDays, dateToWall, daysBetween, isTimeZone, localToUtc } from './time-zone.ts'

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** A validated query with its periods resolved to UTC instants. */
export interface ResolvedQuery {
  query: ReportQuery & { tz: string }
  filters: ReportFilters
  current: ReportPeriod
  previous: ReportPeriod
  /** Same weekday a week earlier, for a one-day range only. */
  lastWeek: ReportPeriod | null
  slaTargetMs: number
  fcrDays: number
  /** "Now", for conversations still waiting past the SLA target. Tests pin it. */
  now: number
}

export interface ReportFilters {
  site?: string
  department?: string
  agent?: string
  page?: string
}

export class ReportQueryError extends Error {
  override name = 'ReportQueryError'
}

export function period(tz: string, from: string, to: string): ReportPeriod {
  return {
    from,
    to,
    startMs: localToUtc(tz, dateToWall(from)),
    endMs: localToUtc(tz, dateToWall(addDays(to, 1))),
  }
}

function text(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key]
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'string') throw new ReportQueryError(`${key} must be given once.`)
  return value
}

function date(raw: Record<string, unknown>, key: 'from' | 'to'): string {
  const value = text(raw, key)
  if (value === undefined) throw new ReportQueryError(`${key} is required, e.g. ${key}=2026-11-01.`)
  if (!REPORT_DATE.test(value) || Number.isNaN(dateToWall(value))) {
    throw new ReportQueryError(`${key} must be a date YYYY-MM-DD, got "${value}".`)
  }
  return value
}

function id(
  raw: Record<string, unknown>,
  key: 'site' | 'department' | 'agent',
): string | undefined {
  const value = text(raw, key)
  if (value !== undefined && !ID.test(value)) {
    throw new ReportQueryError(`${key} must be an id of 1 to 64 letters, digits, _ or -.`)
  }
  return value
}

/**
 * Validates the query string of a report endpoint. Throws `ReportQueryError` with a
 * sentence naming the bad parameter.
 */
export function resolveReportQuery(
  raw: Record<string, unknown>,
  now: number = Date.now(),
): ResolvedQuery {
  const from = date(raw, 'from')
  const to = date(raw, 'to')
  const days = daysBetween(from, to)
  if (days < 1) throw new ReportQueryError(`to (${to}) must not be before from (${from}).`)
  if (days > REPORT_MAX_DAYS) {
    throw new ReportQueryError(`The range covers ${days} days; at most ${REPORT_MAX_DAYS}.`)
  }
  const tz = text(raw, 'tz') ?? 'UTC'
  if (!isTimeZone(tz)) {
    throw new ReportQueryError(
      `tz must be an IANA time zone such as Asia/Ho_Chi_Minh, got "${tz}".`,
    )
  }
  const page = text(raw, 'page')
  if (page !== undefined && page.length > 2048) {
    throw new ReportQueryError('page must be a URL prefix of at most 2048 characters.')
  }
  const filters: ReportFilters = {}
  const site = id(raw, 'site')
  const department = id(raw, 'department')
  const agent = id(raw, 'agent')
  if (site !== undefined) filters.site = site
  if (department !== undefined) filters.department = department
  if (agent !== undefined) filters.agent = agent
  if (page !== undefined) filters.page = page
  return {
    query: { from, to, tz, ...filters },
    filters,
    current: period(tz, from, to),
    previous: period(tz, addDays(from, -days), addDays(from, -1)),
    lastWeek: days === 1 ? period(tz, addDays(from, -7), addDays(from, -7)) : null,
    slaTargetMs: REPORT_DEFAULTS.slaTargetMs,
    fcrDays: REPORT_DEFAULTS.fcrDays,
    now,
  }
}
