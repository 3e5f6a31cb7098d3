/**
 * The fixture's numbers, worked out by hand from fixture.ts (not by the code under test).
 * Minutes are written as `n * MIN`. The working is in the comments so a reviewer can redo it.
 */
import type { ReportMetrics } from '@chao/protocol'

const MIN = 60_000

/**
 * 2026-11-09 → 11-12 in Asia/Ho_Chi_Minh: c1…c8 (8 conversations, all ended).
 * Ratings c1 5, c2 4, c3 2, c6 5, c7 3 → 3 of 5 are 4–5 = 60 %, average 19/5 = 3.8.
 * NPS c1 10 (promoter), c2 8 (passive), c3 3 (detractor) → (1 − 1)/3 = 0.
 * CES c1 6, c3 2, c6 7 → 15/3 = 5.
 * Survey: ended with an agent c1 c2 c3 c4 c6 c7 = 6, answered all but c4 = 5 → 83.3 %.
 * First response (min): c1 2, c2 4, c3 8, c4 2, c6 3, c7 10 → sorted 2 2 3 4 8 10:
 *   median (3 + 4)/2 = 3.5, p90 = ⌈5.4⌉ = 6th = 10.
 * Wait (min): 1 3 6 1 1 2 → mean 14/6 = 2.333… = 140 000 ms, median (1 + 2)/2 = 1.5.
 * Handle (min): 19 27 34 19 29 28 = 156 / 6 = 26.
 * Resolution (min): 20 30 40 20 3 30 30 20 = 193 / 8 = 24.125 = 1 447 500 ms.
 * SLA 5 min: answered in time c1 c2 c4 c6 (4); late c3, c7; c8 waited 20 min unanswered
 *   (breach); c5 left after 3 min (not counted) → 4 / 7 = 57.1 %, 3 breaches.
 * FCR 7 days: 8 ended, v1 came back (c7, 3 days after c1) → 7 / 8 = 87.5 %.
 * Bot sessions s1 s2 s3 s4 s5 (s4's handoff after midnight is still s4's): handoffs s2 s4
 *   → 3 / 5 = 60 %. Thumbs s1 up, s3 down, s5 up → 2 / 3 = 66.7 %.
 */
export const EXPECTED_WEEK: ReportMetrics = {
  conversations: 8,
  ended: 8,
  csat: { percent: 60, count: 3, total: 5, average: 3.8 },
  nps: { score: 0, promoters: 1, passives: 1, detractors: 1, responses: 3 },
  ces: { average: 5, responses: 3 },
  responseRate: { percent: 83.3, count: 5, total: 6 },
  firstResponse: { medianMs: 3.5 * MIN, p90Ms: 10 * MIN, count: 6 },
  wait: { averageMs: 140_000, medianMs: 1.5 * MIN, count: 6 },
  handle: { averageMs: 26 * MIN, count: 6 },
  resolution: { averageMs: 1_447_500, count: 8 },
  sla: { percent: 57.1, count: 4, total: 7, targetMs: 5 * MIN, breaches: 3 },
  fcr: { percent: 87.5, count: 7, total: 8, days: 7 },
  botDeflection: { percent: 60, count: 3, total: 5 },
  botHelpfulness: { percent: 66.7, count: 2, total: 3 },
}

/**
 * 2026-11-05 → 11-08 (the previous period of the week above), and also the "same weekday
 * last week" of 11-12: c9, c10. Ratings 5, 1 → 50 %, average 3. First response 2, 7 →
 * median 4.5, p90 = 2nd = 7. Wait 1, 5 → mean 3, median 3. Handle 9, 25 → 17.
 * Resolution 10, 30 → 20. SLA 1 / 2. Bot: s6 without handoff → 1 / 1; no thumbs.
 */
export const EXPECTED_PREVIOUS: ReportMetrics = {
  conversations: 2,
  ended: 2,
  csat: { percent: 50, count: 1, total: 2, average: 3 },
  nps: { score: null, promoters: 0, passives: 0, detractors: 0, responses: 0 },
  ces: { average: null, responses: 0 },
  responseRate: { percent: 100, count: 2, total: 2 },
  firstResponse: { medianMs: 4.5 * MIN, p90Ms: 7 * MIN, count: 2 },
  wait: { averageMs: 3 * MIN, medianMs: 3 * MIN, count: 2 },
  handle: { averageMs: 17 * MIN, count: 2 },
  resolution: { averageMs: 20 * MIN, count: 2 },
  sla: { percent: 50, count: 1, total: 2, targetMs: 5 * MIN, breaches: 1 },
  fcr: { percent: 100, count: 2, total: 2, days: 7 },
  botDeflection: { percent: 100, count: 1, total: 1 },
  botHelpfulness: { percent: null, count: 0, total: 0 },
}

/** 2026-11-11, the empty day: every ratio and average is null ("—"), every count 0. */
export const EXPECTED_EMPTY: ReportMetrics = {
  conversations: 0,
  ended: 0,
  csat: { percent: null, count: 0, total: 0, average: null },
  nps: { score: null, promoters: 0, passives: 0, detractors: 0, responses: 0 },
  ces: { average: null, responses: 0 },
  responseRate: { percent: null, count: 0, total: 0 },
  firstResponse: { medianMs: null, p90Ms: null, count: 0 },
  wait: { averageMs: null, medianMs: null, count: 0 },
  handle: { averageMs: null, count: 0 },
  resolution: { averageMs: null, count: 0 },
  sla: { percent: null, count: 0, total: 0, targetMs: 5 * MIN, breaches: 0 },
  fcr: { percent: null, count: 0, total: 0, days: 7 },
  botDeflection: { percent: null, count: 0, total: 0 },
  botHelpfulness: { percent: null, count: 0, total: 0 },
}

/** Conversations by local hour over the week (c7 8h, c1 c4 9h, c2 10h, c5 11h, c3 14h, c8 16h, c6 23h). */
export const EXPECTED_HOURS_WEEK: Record<number, number> = {
  8: 1,
  9: 2,
  10: 1,
  11: 1,
  14: 1,
  16: 1,
  23: 1,
}
/** …and over the previous period (c9 10h, c10 15h). */
export const EXPECTED_HOURS_PREVIOUS: Record<number, number> = { 10: 1, 15: 1 }

/**
 * Per day. 11-09: c1 c2 c3, ratings 5 4 2 → 66.7 %, first response 2 4 8 → 4 min.
 * 11-10: c4 c5 c6, rating 5 → 100 %, first response 2 3 → 2.5 min. 11-11: empty.
 * 11-12: c7 c8, rating 3 → 0 %, first response 10 min.
 */
export const EXPECTED_DAILY = [
  {
    date: '2026-11-09',
    conversations: 3,
    csatPercent: 66.7,
    ratings: 3,
    firstResponseMedianMs: 4 * MIN,
  },
  {
    date: '2026-11-10',
    conversations: 3,
    csatPercent: 100,
    ratings: 1,
    firstResponseMedianMs: 2.5 * MIN,
  },
  {
    date: '2026-11-11',
    conversations: 0,
    csatPercent: null,
    ratings: 0,
    firstResponseMedianMs: null,
  },
  {
    date: '2026-11-12',
    conversations: 2,
    csatPercent: 0,
    ratings: 1,
    firstResponseMedianMs: 10 * MIN,
  },
]

/**
 * a1: c1 c2 c6 c7; ratings 5 4 5 3 → 75 %, 4.25; first response 2 4 3 10 → 3.5 min;
 *   handle 19 27 29 28 → 25.75 min; SLA c7 late → 75 %.
 * a2: c3 c4; rating 2 → 0 %; first response 8 2 → 5 min; handle 34 19 → 26.5; SLA 50 %.
 */
export const EXPECTED_AGENTS = [
  {
    agentId: 'a1',
    name: 'An Nguyen',
    conversations: 4,
    ended: 4,
    csatPercent: 75,
    averageRating: 4.25,
    ratings: 4,
    firstResponseMedianMs: 3.5 * MIN,
    handleAverageMs: 25.75 * MIN,
    slaPercent: 75,
  },
  {
    agentId: 'a2',
    name: 'Binh Tran',
    conversations: 2,
    ended: 2,
    csatPercent: 0,
    averageRating: 2,
    ratings: 1,
    firstResponseMedianMs: 5 * MIN,
    handleAverageMs: 26.5 * MIN,
    slaPercent: 50,
  },
]

/** cart-help: shown 3, clicked 2 (66.7 %), replied 1 (33.3 %), dismissed 1; welcome 1/0/0/1. */
export const EXPECTED_PROACTIVE = [
  {
    ruleId: 'cart-help',
    shown: 3,
    clicked: 2,
    replied: 1,
    dismissed: 1,
    clickPercent: 66.7,
    replyPercent: 33.3,
  },
  {
    ruleId: 'welcome',
    shown: 1,
    clicked: 0,
    replied: 0,
    dismissed: 1,
    clickPercent: 0,
    replyPercent: 0,
  },
]

/**
 * Unconfident questions: "Tôi muốn đổi trả hàng" (s2, s5) and "tôi muốn đổi trả hàng!" (s2)
 * fold to one group of 3 named by its most frequent wording; "Do you ship to Hanoi?" (s3,
 * answered but not confidently) is alone. Answered questions (s1, s4, s6) are not listed.
 */
export const EXPECTED_UNANSWERED = [
  { text: 'Tôi muốn đổi trả hàng', count: 3, lastAt: Date.parse('2026-11-12T09:00:00+07:00') },
  { text: 'Do you ship to Hanoi?', count: 1, lastAt: Date.parse('2026-11-10T12:00:00+07:00') },
]

/** Answered surveys of the week, newest answer first. */
export const EXPECTED_RATINGS_ORDER = ['c7', 'c6', 'c3', 'c2', 'c1']
