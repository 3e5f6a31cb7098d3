import type { Ratio, ReportPeriod } from '@chao/protocol'
import type Database from 'better-sqlite3'
import type { ReportFilters } from './query.ts'

export type Params = Record<string, string | number>

/** Prepared statements by SQL text: report SQL varies with the filters given. */
export function statementCache(db: Database.Database) {
  const cache = new Map<string, Database.Statement>()
  return <Row>(sql: string) => {
    let statement = cache.get(sql)
    if (statement === undefined) {
      statement = db.prepare(sql)
      cache.set(sql, statement)
    }
    return statement as Database.Statement<[Params], Row>
  }
}
export type Prepare = ReturnType<typeof statementCache>

export interface Where {
  where: string
  params: Params
}

/** The id filters a table can be narrowed by, and their columns. */
const ID_COLUMNS = { site: 'site_id', department: 'department_id', agent: 'agent_id' } as const

/**
 * `clauses` (over table alias `t`) plus the filters the table has: equality on the id
 * columns among `ids`, and a URL prefix on `t.page_url`. Values are always parameters.
 */
export function narrow(
  t: string,
  filters: ReportFilters,
  ids: readonly (keyof typeof ID_COLUMNS)[],
  clauses: string[],
  params: Params,
): Where {
  for (const key of ids) {
    const value = filters[key]
    if (value === undefined) continue
    clauses.push(`${t}.${ID_COLUMNS[key]} = @${key}`)
    params[key] = value
  }
  if (filters.page !== undefined) {
    clauses.push(`substr(${t}.page_url, 1, length(@page)) = @page`)
    params.page = filters.page
  }
  return { where: clauses.join(' AND '), params }
}

/**
 * The cohort of a period: conversations that entered the queue in `[start, end)`,
 * narrowed by the filters. `c` is the conversations alias.
 */
export function cohort(filters: ReportFilters, p: ReportPeriod): Where {
  const clauses = ['c.queued_at >= @start', 'c.queued_at < @end']
  return narrow('c', filters, ['site', 'department', 'agent'], clauses, {
    start: p.startMs,
    end: p.endMs,
  })
}

/**
 * Widget events of a period (`e` alias), narrowed by site and page; the department and
 * agent filters do not apply to what the bot and the proactive engine did.
 */
export function events(
  filters: ReportFilters,
  start: number,
  end: number,
  types: readonly string[],
): Where {
  // The types are the code's own constants, written as literals: SQLite uses a partial
  // index (widget_events_unanswered) only when the query's text implies its WHERE.
  const list = types.map((type) => `'${type.replaceAll("'", "''")}'`).join(', ')
  const clauses = [`e.type IN (${list})`, 'e.created_at >= @start', 'e.created_at < @end']
  const params: Params = { start, end }
  return narrow('e', filters, ['site'], clauses, params)
}

export interface Percentiles {
  median: number | null
  p90: number | null
  n: number
}

/**
 * Median and 90th percentile of `value` per `grp`, over the rows of `source` (a SELECT
 * yielding `grp, value`, no nulls), read as one sorted column scan: SQLite sorts, JS
 * picks (three times faster than ROW_NUMBER/COUNT windows on 30,000 rows). Median: the
 * middle value, or the mean of the two middle ones; p90: the nearest-rank value, the
 * ⌈0.9·n⌉-th smallest.
 */
export function percentiles(
  prepare: Prepare,
  source: string,
  params: Params,
): Map<string, Percentiles> {
  const rows = prepare<[string | number, number]>(
    `SELECT grp, value FROM (${source}) ORDER BY grp, value`,
  )
    .raw()
    .all(params)
  const out = new Map<string, Percentiles>()
  let first = 0
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]?.[0] === rows[first]?.[0]) continue
    out.set(String(rows[first]?.[0]), sortedPercentiles(rows.slice(first, i).map((row) => row[1])))
    first = i
  }
  return out
}

/** Median and p90 of numbers sorted ascending (same definitions as `percentiles`). */
export function sortedPercentiles(values: ArrayLike<number>): Percentiles {
  const n = values.length
  if (n === 0) return { median: null, p90: null, n }
  const mid = (n - 1) / 2
  return {
    median: ((values[Math.floor(mid)] as number) + (values[Math.ceil(mid)] as number)) / 2,
    p90: values[Math.ceil(0.9 * n) - 1] ?? null,
    n,
  }
}

/** A percentage 0–100 with one decimal, or null for an empty whole. */
export function percent(count: number, total: number): number | null {
  return total > 0 ? Math.round((count * 1000) / total) / 10 : null
}

export function ratio(count: number, total: number): Ratio {
  return { percent: percent(count, total), count, total }
}

/** An average rounded to two decimals (ratings) or a whole ms (durations); null when none. */
export function round(value: number | null | undefined, decimals = 0): number | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null
  const f = 10 ** decimals
  return Math.round(value * f) / f
}
