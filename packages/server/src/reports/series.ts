import type { DailyPoint, HourlyVolume, ReportPeriod } from '@chao/protocol'
import type { ResolvedQuery } from './query.ts'
import { cohort, type Prepare, percent, percentilesSql, round } from './sql.ts'
import { type Bucket, dayBuckets, hourBuckets } from './time-zone.ts'

/**
 * The buckets as a CTE `b(label, s, e)` read from one JSON parameter, joined to the cohort
 * on `queued_at`: SQLite walks the queued_at index once per bucket.
 */
const bucketed = (where: string) => `WITH b AS (
    SELECT value ->> 0 AS label, value ->> 1 AS s, value ->> 2 AS e FROM json_each(@buckets))
  SELECT b.label AS label, c.* FROM b
  JOIN conversations c ON c.queued_at >= b.s AND c.queued_at < b.e
  WHERE ${where}`

function json(buckets: Bucket[]): string {
  return JSON.stringify(buckets.map((b) => [b.label, b.start, b.end]))
}

function hourCounts(prepare: Prepare, q: ResolvedQuery, p: ReportPeriod): number[] {
  const { where, params } = cohort(q.filters, p)
  const rows = prepare<{ label: number; n: number }>(
    `SELECT label, COUNT(*) AS n FROM (${bucketed(where)}) GROUP BY label`,
  ).all({ ...params, buckets: json(hourBuckets(q.query.tz, p.from, p.to)) })
  const counts = new Array<number>(24).fill(0)
  for (const row of rows) counts[row.label] = row.n
  return counts
}

/** Conversations by local hour of day, for the period and its comparisons. */
export function hourly(prepare: Prepare, q: ResolvedQuery): HourlyVolume[] {
  const current = hourCounts(prepare, q, q.current)
  const previous = hourCounts(prepare, q, q.previous)
  const lastWeek = q.lastWeek === null ? null : hourCounts(prepare, q, q.lastWeek)
  return current.map((n, hour) => ({
    hour,
    current: n,
    previous: previous[hour] ?? 0,
    lastWeek: lastWeek === null ? null : (lastWeek[hour] ?? 0),
  }))
}

/** Volume, CSAT and median first response per local date of the period. */
export function daily(prepare: Prepare, q: ResolvedQuery): DailyPoint[] {
  const p = q.current
  const { where, params } = cohort(q.filters, p)
  const buckets = dayBuckets(q.query.tz, p.from, p.to)
  const all = { ...params, buckets: json(buckets) }
  const totals = prepare<{ label: string; n: number; good: number | null; ratings: number }>(
    `SELECT label, COUNT(*) AS n, SUM(rating >= 4) AS good, COUNT(rating) AS ratings
     FROM (${bucketed(where)}) GROUP BY label`,
  ).all(all)
  const medians = prepare<{ grp: string; median: number | null }>(
    percentilesSql(
      `SELECT label AS grp, first_response_at - queued_at AS value FROM (${bucketed(where)})
       WHERE first_response_at IS NOT NULL`,
    ),
  ).all(all)
  const byDay = new Map(totals.map((row) => [row.label, row]))
  const medianByDay = new Map(medians.map((row) => [row.grp, row.median]))
  return buckets.map((bucket) => {
    const date = bucket.label as string
    const row = byDay.get(date)
    return {
      date,
      conversations: row?.n ?? 0,
      csatPercent: percent(row?.good ?? 0, row?.ratings ?? 0),
      ratings: row?.ratings ?? 0,
      firstResponseMedianMs: round(medianByDay.get(date)),
    }
  })
}
