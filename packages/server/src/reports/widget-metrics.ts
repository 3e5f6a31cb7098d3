import { contentTerms } from '@chao/core'
import type { ProactiveRow, Ratio, ReportPeriod, UnansweredRow } from '@chao/protocol'
import type { ReportFilters } from './query.ts'
import { events, narrow, type Prepare, percent, ratio } from './sql.ts'

const PROACTIVE_TYPES = [
  'proactive:shown',
  'proactive:clicked',
  'proactive:replied',
  'proactive:dismissed',
] as const

/**
 * Bot deflection: bot sessions that began in the period (`widget_sessions`, kept by the
 * events route), and of those the ones never handed to a person.
 */
export function botDeflection(prepare: Prepare, filters: ReportFilters, p: ReportPeriod): Ratio {
  const clauses = ['s.started_at >= @start', 's.started_at < @end']
  const { where, params } = narrow('s', filters, ['site'], clauses, {
    start: p.startMs,
    end: p.endMs,
  })
  const row = prepare<{ sessions: number; deflected: number | null }>(
    `SELECT COUNT(*) AS sessions, SUM(s.handoff = 0) AS deflected FROM widget_sessions s
     WHERE ${where}`,
  ).get(params)
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
  // The partial index holds exactly these rows; named, because the planner would rather
  // take the (type, created_at) index and then read every question's row for its text.
  const rows = prepare<{ text: string; n: number; last: number }>(
    `SELECT e.text AS text, COUNT(*) AS n, MAX(e.created_at) AS last
     FROM widget_events e INDEXED BY widget_events_unanswered
     WHERE ${where} AND e.type = 'bot:question' AND (e.faq_id IS NULL OR e.confident = 0)
       AND e.text IS NOT NULL
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
