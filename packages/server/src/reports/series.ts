import type { DailyPoint, HourlyVolume, ReportPeriod } from '@chao/protocol'
import type { ResolvedQuery } from './query.ts'
import { cohort, type Params, type Prepare, percent, percentiles, round } from './sql.ts'
import { dayBuckets, offsetPieces } from './time-zone.ts'

/**
 * `queued_at` as a local wall clock (epoch ms as if the zone were UTC): the offset is a
 * CASE over the period's DST pieces, so one index range scan buckets every row by local
 * hour (`/ 3600000 % 24`) or date (`date(… / 1000, 'unixepoch')`).
 */
function localTime(tz: string, p: ReportPeriod): { sql: string; params: Params } {
  const pieces = offsetPieces(tz, p.startMs, p.endMs)
  const params: Params = {}
  const cases = pieces.map((piece, i) => {
    params[`o${i}`] = piece.offset
    if (i === pieces.length - 1) return `ELSE @o${i}`
    params[`u${i}`] = piece.until
    return `WHEN c.queued_at < @u${i} THEN @o${i}`
  })
  const sql =
    pieces.length === 1 ? '(c.queued_at + @o0)' : `(c.queued_at + CASE ${cases.join(' ')} END)`
  return { sql, params }
}

function hourCounts(prepare: Prepare, q: ResolvedQuery, p: ReportPeriod): number[] {
  const { where, params } = cohort(q.filters, p)
  const local = localTime(q.query.tz, p)
  const rows = prepare<{ hour: number; n: number }>(
    `SELECT ${local.sql} / 3600000 % 24 AS hour, COUNT(*) AS n FROM conversations c
     WHERE ${where} GROUP BY hour`,
  ).all({ ...params, ...local.params })
  const counts = new Array<number>(24).fill(0)
  for (const row of rows) counts[row.hour] = row.n
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
  const local = localTime(q.query.tz, p)
  const day = `date(${local.sql} / 1000, 'unixepoch')`
  const all = { ...params, ...local.params }
  const totals = prepare<{ label: string; n: number; good: number | null; ratings: number }>(
    `SELECT ${day} AS label, COUNT(*) AS n, SUM(c.rating >= 4) AS good, COUNT(c.rating) AS ratings
     FROM conversations c WHERE ${where} GROUP BY label`,
  ).all(all)
  const medians = percentiles(
    prepare,
    `SELECT ${day} AS grp, c.first_response_at - c.queued_at AS value FROM conversations c
     WHERE ${where} AND c.first_response_at IS NOT NULL`,
    all,
  )
  const byDay = new Map(totals.map((row) => [row.label, row]))
  return dayBuckets(q.query.tz, p.from, p.to).map((bucket) => {
    const date = bucket.label as string
    const row = byDay.get(date)
    return {
      date,
      conversations: row?.n ?? 0,
      csatPercent: percent(row?.good ?? 0, row?.ratings ?? 0),
      ratings: row?.ratings ?? 0,
      firstResponseMedianMs: round(medians.get(date)?.median),
    }
  })
}
