import type { AgentRow, RatingRow } from '@chao/protocol'
import { durationPercentiles } from './conversation-metrics.ts'
import type { ResolvedQuery } from './query.ts'
import { cohort, type Prepare, percent, round } from './sql.ts'

/** One row per agent who had a conversation of the period, most conversations first. */
export function agentTable(prepare: Prepare, q: ResolvedQuery): AgentRow[] {
  const p = q.current
  const { where, params } = cohort(q.filters, p)
  const rows = prepare<{
    agent: string
    name: string | null
    n: number
    ended: number
    good: number | null
    ratings: number
    avg_rating: number | null
    avg_handle: number | null
    sla_met: number | null
    sla_total: number | null
  }>(
    `SELECT c.agent_id AS agent, a.name AS name, COUNT(*) AS n, COUNT(c.ended_at) AS ended,
       SUM(c.rating >= 4) AS good, COUNT(c.rating) AS ratings, AVG(c.rating) AS avg_rating,
       AVG(CASE WHEN c.assigned_at IS NOT NULL THEN c.ended_at - c.assigned_at END) AS avg_handle,
       SUM(c.first_response_at - c.queued_at <= @target) AS sla_met,
       SUM(c.first_response_at IS NOT NULL
         OR COALESCE(c.ended_at, @now) - c.queued_at > @target) AS sla_total
     FROM conversations c LEFT JOIN agents a ON a.id = c.agent_id
     WHERE ${where} AND c.agent_id IS NOT NULL
     GROUP BY c.agent_id ORDER BY n DESC, c.agent_id`,
  ).all({ ...params, target: q.slaTargetMs, now: q.now })
  const medians = durationPercentiles(
    prepare,
    q,
    p,
    'c.first_response_at - c.queued_at',
    'c.agent_id',
  )
  return rows.map((row) => ({
    agentId: row.agent,
    name: row.name ?? row.agent,
    conversations: row.n,
    ended: row.ended,
    csatPercent: percent(row.good ?? 0, row.ratings),
    averageRating: round(row.avg_rating, 2),
    ratings: row.ratings,
    firstResponseMedianMs: round(medians.get(row.agent)?.median),
    handleAverageMs: round(row.avg_handle),
    slaPercent: percent(row.sla_met ?? 0, row.sla_total ?? 0),
  }))
}

/** Answered surveys of the period's conversations, newest answer first. */
export function ratingTable(prepare: Prepare, q: ResolvedQuery, limit: number): RatingRow[] {
  const { where, params } = cohort(q.filters, q.current)
  // The newest `limit` are picked from the covering index first, so only their rows are
  // read (the comment is not in the index); then joined for names.
  return prepare<RatingRow>(
    `SELECT c.id AS conversationId, c.rated_at AS ratedAt, c.agent_id AS agentId,
       a.name AS agentName, d.name AS department, c.rating AS rating,
       c.rating_comment AS comment, c.nps AS nps, c.ces AS ces
     FROM conversations c LEFT JOIN agents a ON a.id = c.agent_id
       LEFT JOIN departments d ON d.id = c.department_id
     WHERE c.rowid IN (SELECT c.rowid FROM conversations c
       WHERE ${where} AND (c.rating IS NOT NULL OR c.nps IS NOT NULL OR c.ces IS NOT NULL)
       ORDER BY COALESCE(c.rated_at, c.ended_at, c.queued_at) DESC, c.rowid LIMIT @limit)
     ORDER BY COALESCE(c.rated_at, c.ended_at, c.queued_at) DESC, c.rowid`,
  ).all({ ...params, limit })
}
