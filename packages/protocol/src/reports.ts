/**
 * The reports API (issue 9, docs/metrics.md): what `GET /api/v1/reports/summary` takes and
 * answers, and the tables served as CSV by `GET /api/v1/reports/<table>.csv`. The server
 * computes it, the console draws it: one definition for both ends.
 *
 * Conventions: times are milliseconds (durations) or epoch ms (instants); percentages are
 * 0–100 with one decimal; `null` means "no data" for the period (the console shows "—"),
 * never NaN and never 0 in disguise.
 */

/** A calendar date `YYYY-MM-DD`, read in the query's time zone. */
export const REPORT_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The longest range one query may cover, in days (both ends included). */
export const REPORT_MAX_DAYS = 366

/** Defaults the server applies (and echoes back in `ReportSummary.settings`). */
export const REPORT_DEFAULTS = {
  /** SLA target for the first agent response. */
  slaTargetMs: 5 * 60_000,
  /** A conversation counts as resolved at first contact when the same visitor does not
   * start another conversation within this many days after it ended. */
  fcrDays: 7,
  /** Rows of the ratings list in the JSON summary (the CSV has them all). */
  ratingsLimit: 200,
  /** Groups of the top unanswered questions. */
  unansweredLimit: 50,
} as const

/**
 * The query string of every report endpoint. `from`/`to` are inclusive local dates in
 * `tz` (an IANA zone such as `Asia/Ho_Chi_Minh`; default `UTC`). Filters are optional:
 * `department` and `agent` are ids, `page` a URL prefix of the page the chat started on,
 * `site` a site id (all sites when absent).
 */
export interface ReportQuery {
  from: string
  to: string
  tz?: string
  department?: string
  agent?: string
  page?: string
  site?: string
}

/** A range of local dates and the UTC instants it covers: `[startMs, endMs)`. */
export interface ReportPeriod {
  from: string
  to: string
  startMs: number
  endMs: number
}

/** A share of a whole: `percent` is null when `total` is 0. */
export interface Ratio {
  percent: number | null
  count: number
  total: number
}

/**
 * Every metric of one period. Conversations belong to the period in which they entered
 * the queue (`queued_at`); bot metrics use the widget events' time.
 */
export interface ReportMetrics {
  /** Conversations with a person that started in the period. */
  conversations: number
  /** Of those, ended (or ended and rated) by now. */
  ended: number
  /** CSAT: ratings 4–5 over all ratings (1–5); `average` of the 1–5 ratings. */
  csat: Ratio & { average: number | null }
  /** NPS: % promoters (9–10) minus % detractors (0–6), −100…100. */
  nps: {
    score: number | null
    promoters: number
    passives: number
    detractors: number
    responses: number
  }
  /** CES: average of the 1–7 answers. */
  ces: { average: number | null; responses: number }
  /** Survey response rate: conversations with any survey answer over those ended with an agent. */
  responseRate: Ratio
  /** First response time: queued → first agent message. */
  firstResponse: { medianMs: number | null; p90Ms: number | null; count: number }
  /** Wait time in queue: queued → assigned. */
  wait: { averageMs: number | null; medianMs: number | null; count: number }
  /** Average handle time: assigned → ended. */
  handle: { averageMs: number | null; count: number }
  /** Average resolution time: queued → ended. */
  resolution: { averageMs: number | null; count: number }
  /** First response within `targetMs`; `breaches` = answered late or not answered yet past the target. */
  sla: Ratio & { targetMs: number; breaches: number }
  /** Ended conversations whose visitor did not come back within `days` days. */
  fcr: Ratio & { days: number }
  /** Bot sessions with no `bot:handoff` over all bot sessions. */
  botDeflection: Ratio
  /** Helpful thumbs over all thumbs on bot answers. */
  botHelpfulness: Ratio
}

export interface ReportPeriodMetrics {
  period: ReportPeriod
  metrics: ReportMetrics
}

/** Conversations started in one local hour of the day (0–23), summed over the period. */
export interface HourlyVolume {
  hour: number
  current: number
  previous: number
  /** Same weekday last week; null unless the range is one day. */
  lastWeek: number | null
}

/** One local date of the period. */
export interface DailyPoint {
  date: string
  conversations: number
  csatPercent: number | null
  ratings: number
  firstResponseMedianMs: number | null
}

/** One agent's row (agents who had a conversation in the period). */
export interface AgentRow {
  agentId: string
  name: string
  conversations: number
  ended: number
  csatPercent: number | null
  averageRating: number | null
  ratings: number
  firstResponseMedianMs: number | null
  handleAverageMs: number | null
  slaPercent: number | null
}

/** Bot questions without a confident answer, grouped by normal form (FAQ normaliser). */
export interface UnansweredRow {
  /** The most frequent original wording of the group. */
  text: string
  normal: string
  count: number
  lastAt: number
}

/** One proactive rule's funnel; rates are over `shown`. */
export interface ProactiveRow {
  ruleId: string
  shown: number
  clicked: number
  replied: number
  dismissed: number
  clickPercent: number | null
  replyPercent: number | null
}

/** One answered survey, newest first. */
export interface RatingRow {
  conversationId: string
  ratedAt: number | null
  agentId: string | null
  agentName: string | null
  department: string | null
  rating: number | null
  comment: string | null
  nps: number | null
  ces: number | null
}

/**
 * Everything `GET /api/v1/reports/summary` answers. Every signed-in agent sees the whole
 * team's reports, admins and agents alike (a team reads its numbers together).
 */
export interface ReportSummary {
  query: Required<Pick<ReportQuery, 'from' | 'to' | 'tz'>> & Omit<ReportQuery, 'from' | 'to' | 'tz'>
  settings: { slaTargetMs: number; fcrDays: number }
  current: ReportPeriodMetrics
  /** The same number of days just before `from`. */
  previous: ReportPeriodMetrics
  /** For a one-day range: the same weekday a week before; otherwise null. */
  lastWeek: ReportPeriodMetrics | null
  series: { hourly: HourlyVolume[]; daily: DailyPoint[] }
  tables: {
    agents: AgentRow[]
    unanswered: UnansweredRow[]
    proactive: ProactiveRow[]
    /** The newest `REPORT_DEFAULTS.ratingsLimit`; `ratings.csv` has all of them. */
    ratings: RatingRow[]
  }
}

/** Tables served as `GET /api/v1/reports/<table>.csv` with the same query string. */
export const REPORT_TABLES = [
  'agents',
  'unanswered',
  'proactive',
  'ratings',
  'daily',
  'hourly',
] as const
export type ReportTable = (typeof REPORT_TABLES)[number]

/** The 400 answer to a bad query: `message` names the parameter and what is expected. */
export interface ReportError {
  error: 'bad_query'
  message: string
}
