import type { ReportMetrics, ReportPeriod } from '@chao/protocol'
import type { ResolvedQuery } from './query.ts'
import {
  cohort,
  type Params,
  type Percentiles,
  type Prepare,
  percent,
  percentiles,
  ratio,
  round,
  sortedPercentiles,
} from './sql.ts'

type ConversationMetrics = Omit<ReportMetrics, 'botDeflection' | 'botHelpfulness'>

interface Totals {
  conversations: number
  ended: number
  good: number | null
  ratings: number
  avg_rating: number | null
  promoters: number | null
  passives: number | null
  detractors: number | null
  nps: number
  avg_ces: number | null
  ces: number
  eligible: number | null
  surveyed: number | null
  avg_wait: number | null
  waited: number
  avg_handle: number | null
  handled: number
  avg_resolution: number | null
  resolved: number
  sla_met: number | null
  sla_total: number | null
}

// One pass over the cohort for everything that is a count or an average.
const totalsSql = (where: string) => `SELECT COUNT(*) AS conversations,
    COUNT(c.ended_at) AS ended,
    SUM(c.rating >= 4) AS good, COUNT(c.rating) AS ratings, AVG(c.rating) AS avg_rating,
    SUM(c.nps >= 9) AS promoters, SUM(c.nps BETWEEN 7 AND 8) AS passives,
    SUM(c.nps <= 6) AS detractors, COUNT(c.nps) AS nps,
    AVG(c.ces) AS avg_ces, COUNT(c.ces) AS ces,
    SUM(c.agent_id IS NOT NULL AND c.ended_at IS NOT NULL) AS eligible,
    SUM(c.agent_id IS NOT NULL AND c.ended_at IS NOT NULL
      AND (c.rating IS NOT NULL OR c.nps IS NOT NULL OR c.ces IS NOT NULL)) AS surveyed,
    AVG(c.assigned_at - c.queued_at) AS avg_wait, COUNT(c.assigned_at) AS waited,
    AVG(CASE WHEN c.assigned_at IS NOT NULL THEN c.ended_at - c.assigned_at END) AS avg_handle,
    COUNT(CASE WHEN c.assigned_at IS NOT NULL THEN c.ended_at END) AS handled,
    AVG(c.ended_at - c.queued_at) AS avg_resolution, COUNT(c.ended_at) AS resolved,
    SUM(c.first_response_at - c.queued_at <= @target) AS sla_met,
    SUM(c.first_response_at IS NOT NULL
      OR COALESCE(c.ended_at, @now) - c.queued_at > @target) AS sla_total
  FROM conversations c WHERE ${where}`

// Ended conversations whose visitor's next conversation (LEAD over their conversations
// up to a window past the period) did not start within the window after the end.
const fcrSql = (where: string, page: boolean) => `SELECT COUNT(*) AS total,
    SUM(c.next IS NULL OR c.next >= c.ended_at + @window) AS kept
  FROM (SELECT c.queued_at, c.ended_at, c.site_id, c.department_id, c.agent_id,
      ${page ? 'c.page_url,' : ''}
      LEAD(c.queued_at) OVER (PARTITION BY c.visitor_id ORDER BY c.queued_at) AS next
    FROM conversations c WHERE c.queued_at >= @start AND c.queued_at < @end + @window) c
  WHERE ${where} AND c.ended_at IS NOT NULL`

/** Median and p90 of a duration over the cohort, per `group` (one group by default). */
export function durationPercentiles(
  prepare: Prepare,
  q: ResolvedQuery,
  p: ReportPeriod,
  expression: string,
  group = "'all'",
): Map<string, Percentiles> {
  const { where, params } = cohort(q.filters, p)
  return percentiles(
    prepare,
    `SELECT ${group} AS grp, ${expression} AS value FROM conversations c
     WHERE ${where} AND ${expression} IS NOT NULL`,
    params,
  )
}

/**
 * First response and queue wait percentiles from one covered scan of the cohort: the two
 * columns come out raw and are sorted in JS (a typed-array sort of 30,000 numbers takes
 * a few ms; two SQL sorts took several times that).
 */
function responseAndWait(prepare: Prepare, where: string, params: Params) {
  const rows = prepare<[number | null, number | null]>(
    `SELECT c.first_response_at - c.queued_at, c.assigned_at - c.queued_at
     FROM conversations c WHERE ${where}
       AND (c.first_response_at IS NOT NULL OR c.assigned_at IS NOT NULL)`,
  )
    .raw()
    .all(params)
  const first = new Float64Array(rows.length)
  const wait = new Float64Array(rows.length)
  let nFirst = 0
  let nWait = 0
  for (const [f, w] of rows) {
    if (f !== null) first[nFirst++] = f
    if (w !== null) wait[nWait++] = w
  }
  return {
    first: sortedPercentiles(first.subarray(0, nFirst).sort()),
    wait: sortedPercentiles(wait.subarray(0, nWait).sort()),
  }
}

export function conversationMetrics(
  prepare: Prepare,
  q: ResolvedQuery,
  p: ReportPeriod,
): ConversationMetrics {
  const { where, params } = cohort(q.filters, p)
  const t = prepare<Totals>(totalsSql(where)).get({
    ...params,
    target: q.slaTargetMs,
    now: q.now,
  }) as Totals
  const fcr = prepare<{ total: number; kept: number | null }>(
    fcrSql(where, q.filters.page !== undefined),
  ).get({
    ...params,
    window: q.fcrDays * 86_400_000,
  }) ?? { total: 0, kept: 0 }
  const { first, wait } = responseAndWait(prepare, where, params)
  const promoters = t.promoters ?? 0
  const detractors = t.detractors ?? 0
  const slaTotal = t.sla_total ?? 0
  const slaMet = t.sla_met ?? 0
  return {
    conversations: t.conversations,
    ended: t.ended,
    csat: { ...ratio(t.good ?? 0, t.ratings), average: round(t.avg_rating, 2) },
    nps: {
      score: t.nps > 0 ? Math.round(((promoters - detractors) * 1000) / t.nps) / 10 : null,
      promoters,
      passives: t.passives ?? 0,
      detractors,
      responses: t.nps,
    },
    ces: { average: round(t.avg_ces, 2), responses: t.ces },
    responseRate: ratio(t.surveyed ?? 0, t.eligible ?? 0),
    firstResponse: {
      medianMs: round(first.median),
      p90Ms: first.p90,
      count: first.n,
    },
    wait: { averageMs: round(t.avg_wait), medianMs: round(wait.median), count: t.waited },
    handle: { averageMs: round(t.avg_handle), count: t.handled },
    resolution: { averageMs: round(t.avg_resolution), count: t.resolved },
    sla: {
      percent: percent(slaMet, slaTotal),
      count: slaMet,
      total: slaTotal,
      targetMs: q.slaTargetMs,
      breaches: slaTotal - slaMet,
    },
    fcr: { ...ratio(fcr.kept ?? 0, fcr.total), days: q.fcrDays },
  }
}
