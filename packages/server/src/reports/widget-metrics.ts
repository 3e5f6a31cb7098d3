import { contentTerms } from '@chao/core'
import type { ProactiveRow, Ratio, ReportPeriod, UnansweredRow } from '@chao/protocol'
import type { ReportFilters } from './query.ts'
import { events, type Prepare, percent, ratio } from './sql.ts'

const BOT_TYPES = ['bot:question', 'bot:feedback', 'bot:handoff'] as const
const PROACTIVE_TYPES = [
  'proactive:shown',
  'proactive:clicked',
  'proactive:replied',
  'proactive:dismissed',
] as const
/** A bot session's handoff is looked for up to this long after its first event. */
export const SESSION_SPAN_MS = 86_400_000

/**
 * Bot deflection: bot sessions whose first bot event falls in the period, and of those
 * the ones with no `bot:handoff` (the visitor never asked for a person).
 */
export function botDeflection(prepare: Prepare, filters: ReportFilters, p: ReportPeriod): Ratio {
  // Events a day either side, so a session is judged by its first event and a handoff
  // after midnight still counts against the session that began before it.
  const { where, params } = events(
    filters,
    p.startMs - SESSION_SPAN_MS,
    p.endMs + SESSION_SPAN_MS,
    BOT_TYPES,
  )
  const row = prepare<{ sessions: number; deflected: number | null }>(
    `SELECT COUNT(*) AS sessions, SUM(handoffs = 0) AS deflected FROM (
       SELECT e.session_id, MIN(e.created_at) AS first,
         SUM(e.type = 'bot:handoff') AS handoffs
       FROM widget_events e WHERE ${where} GROUP BY e.session_id)
     WHERE first >= @periodStart AND first < @periodEnd`,
  ).get({ ...params, periodStart: p.startMs, periodEnd: p.endMs })
  return ratio(row?.deflected ?? 0, row?.sessions ?? 0)
}

/** Helpfulness: thumbs up over all thumbs on bot answers in the period. */
export function botHelpfulness(prepare: Prepare, filters: ReportFilters, p: ReportPeriod): Ratio {
  const { where, params } = events(filters, p.startMs, p.endMs, ['bot:feedback'])
  const row = prepare<{ total: number; helpful: number | null }>(
    `SELECT COUNT(*) AS total, SUM(e.helpful = 1) AS helpful FROM widget_events e WHERE ${where}`,
  ).get(params)
  return ratio(row?.helpful ?? 0, row?.total ?? 0)
}

/**
 * Questions the bot did not answer confidently (no FAQ, or `confident: false`), grouped
 * by normal form: diacritics folded, lowercase, fillers dropped, words stemmed — the FAQ
 * matcher's `contentTerms`. SQL groups equal texts first, so JS sees distinct texts only.
 */
export function unanswered(
  prepare: Prepare,
  filters: ReportFilters,
  p: ReportPeriod,
  limit: number,
): UnansweredRow[] {
  const { where, params } = events(filters, p.startMs, p.endMs, ['bot:question'])
  const rows = prepare<{ text: string; n: number; last: number }>(
    `SELECT e.text AS text, COUNT(*) AS n, MAX(e.created_at) AS last FROM widget_events e
     WHERE ${where} AND e.text IS NOT NULL AND (e.faq_id IS NULL OR e.confident = 0)
     GROUP BY e.text`,
  ).all(params)
  const groups = new Map<string, UnansweredRow & { best: number }>()
  for (const row of rows) {
    const normal = contentTerms(row.text).join(' ')
    if (normal === '') continue
    const group = groups.get(normal)
    if (group === undefined) {
      groups.set(normal, { text: row.text, normal, count: row.n, lastAt: row.last, best: row.n })
      continue
    }
    group.count += row.n
    group.lastAt = Math.max(group.lastAt, row.last)
    // The most frequent wording names the group; ties keep the alphabetically first.
    if (row.n > group.best || (row.n === group.best && row.text < group.text)) {
      group.text = row.text
      group.best = row.n
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt || a.normal.localeCompare(b.normal))
    .slice(0, limit)
    .map(({ best: _best, ...row }) => row)
}

/** Each proactive rule's funnel in the period, most shown first. */
export function proactive(
  prepare: Prepare,
  filters: ReportFilters,
  p: ReportPeriod,
): ProactiveRow[] {
  const { where, params } = events(filters, p.startMs, p.endMs, PROACTIVE_TYPES)
  const rows = prepare<{
    rule: string
    shown: number
    clicked: number
    replied: number
    dismissed: number
  }>(
    `SELECT e.rule_id AS rule, SUM(e.type = 'proactive:shown') AS shown,
       SUM(e.type = 'proactive:clicked') AS clicked, SUM(e.type = 'proactive:replied') AS replied,
       SUM(e.type = 'proactive:dismissed') AS dismissed
     FROM widget_events e WHERE ${where} AND e.rule_id IS NOT NULL
     GROUP BY e.rule_id ORDER BY shown DESC, e.rule_id`,
  ).all(params)
  return rows.map((row) => ({
    ruleId: row.rule,
    shown: row.shown,
    clicked: row.clicked,
    replied: row.replied,
    dismissed: row.dismissed,
    clickPercent: percent(row.clicked, row.shown),
    replyPercent: percent(row.replied, row.shown),
  }))
}
