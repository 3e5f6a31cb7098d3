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

/**
 * The cohort of a period: conversations that entered the queue in `[start, end)`,
 * narrowed by the filters. `c` is the conversations alias.
 */
export function cohort(filters: ReportFilters, p: ReportPeriod): { where: string; params: Params } {
  const clauses = ['c.queued_at >= @start', 'c.queued_at < @end']
  const params: Params = { start: p.startMs, end: p.endMs }
  if (filters.site !== undefined) {
    clauses.push('c.site_id = @site')
    params.site = filters.site
  }
  if (filters.department !== undefined) {
    clauses.push('c.department_id = @department')
    params.department = filters.department
  }
  if (filters.agent !== undefined) {
    clauses.push('c.agent_id = @agent')
    params.agent = filters.agent
  }
  if (filters.page !== undefined) {
    clauses.push('substr(c.page_url, 1, length(@page)) = @page')
    params.page = filters.page
  }
  return { where: clauses.join(' AND '), params }
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
): { where: string; params: Params } {
  const clauses = [
    `e.type IN (${types.map((t) => `'${t}'`).join(', ')})`,
    'e.created_at >= @start',
    'e.created_at < @end',
  ]
  const params: Params = { start, end }
  if (filters.site !== undefined) {
    clauses.push('e.site_id = @site')
    params.site = filters.site
  }
  if (filters.page !== undefined) {
    clauses.push('substr(e.page_url, 1, length(@page)) = @page')
    params.page = filters.page
  }
  return { where: clauses.join(' AND '), params }
}

/**
 * Median and 90th percentile of `value` per `grp`, from rows of `source` (a subquery
 * yielding `grp, value` with no nulls). Median: the middle value, or the mean of the two
 * middle ones; p90: the nearest-rank value, the ⌈0.9·n⌉-th smallest.
 */
export function percentilesSql(source: string): string {
  return `SELECT grp, AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN value END) AS median,
      MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN value END) AS p90, MAX(n) AS n
    FROM (SELECT grp, value, ROW_NUMBER() OVER (PARTITION BY grp ORDER BY value) AS rn,
      COUNT(*) OVER (PARTITION BY grp) AS n FROM (${source}))
    GROUP BY grp`
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
