import type { ReportMetrics, ReportSummary } from '@chao/protocol'

/** Metrics of a period with no data at all: every ratio empty, every time unknown. */
export function emptyMetrics(): ReportMetrics {
  const none = { percent: null, count: 0, total: 0 }
  return {
    conversations: 0,
    ended: 0,
    csat: { ...none, average: null },
    nps: { score: null, promoters: 0, passives: 0, detractors: 0, responses: 0 },
    ces: { average: null, responses: 0 },
    responseRate: none,
    firstResponse: { medianMs: null, p90Ms: null, count: 0 },
    wait: { averageMs: null, medianMs: null, count: 0 },
    handle: { averageMs: null, count: 0 },
    resolution: { averageMs: null, count: 0 },
    sla: { ...none, targetMs: 300_000, breaches: 0 },
    fcr: { ...none, days: 7 },
    botDeflection: none,
    botHelpfulness: none,
  }
}

/** A small week for component tests (the server's fixture drives the end-to-end test). */
export function weekSummary(): ReportSummary {
  const current: ReportMetrics = {
    conversations: 6,
    ended: 5,
    csat: { percent: 75, count: 3, total: 4, average: 4 },
    nps: { score: null, promoters: 0, passives: 0, detractors: 0, responses: 0 },
    ces: { average: 5.5, responses: 2 },
    responseRate: { percent: 80, count: 4, total: 5 },
    firstResponse: { medianMs: 90_000, p90Ms: 420_000, count: 5 },
    wait: { averageMs: 45_000, medianMs: 30_000, count: 5 },
    handle: { averageMs: 600_000, count: 5 },
    resolution: { averageMs: 660_000, count: 5 },
    sla: { percent: 66.7, count: 4, total: 6, targetMs: 300_000, breaches: 2 },
    fcr: { percent: 80, count: 4, total: 5, days: 7 },
    botDeflection: { percent: 60, count: 6, total: 10 },
    botHelpfulness: { percent: 50, count: 2, total: 4 },
  }
  const previous: ReportMetrics = {
    ...emptyMetrics(),
    conversations: 4,
    ended: 4,
    csat: { percent: 50, count: 1, total: 2, average: 3.5 },
    firstResponse: { medianMs: 120_000, p90Ms: 300_000, count: 4 },
  }
  const dates = [
    '2026-11-02',
    '2026-11-03',
    '2026-11-04',
    '2026-11-05',
    '2026-11-06',
    '2026-11-07',
    '2026-11-08',
  ]
  return {
    query: { from: '2026-11-02', to: '2026-11-08', tz: 'Asia/Ho_Chi_Minh' },
    settings: { slaTargetMs: 300_000, fcrDays: 7 },
    current: {
      period: { from: '2026-11-02', to: '2026-11-08', startMs: 0, endMs: 1 },
      metrics: current,
    },
    previous: {
      period: { from: '2026-10-26', to: '2026-11-01', startMs: 0, endMs: 1 },
      metrics: previous,
    },
    lastWeek: null,
    series: {
      hourly: Array.from({ length: 24 }, (_, hour) => ({
        hour,
        current: hour === 9 ? 4 : hour === 14 ? 2 : 0,
        previous: hour === 9 ? 1 : hour === 10 ? 3 : 0,
        lastWeek: null,
      })),
      daily: dates.map((date, i) => ({
        date,
        conversations: i === 0 ? 4 : i === 2 ? 2 : 0,
        csatPercent: i === 0 ? 100 : i === 2 ? 50 : null,
        ratings: i === 0 ? 2 : i === 2 ? 2 : 0,
        firstResponseMedianMs: i === 0 ? 60_000 : i === 2 ? 150_000 : null,
      })),
    },
    tables: {
      agents: [
        {
          agentId: 'a-lan',
          name: 'Lan',
          conversations: 4,
          ended: 3,
          csatPercent: 66.7,
          averageRating: 3.67,
          ratings: 3,
          firstResponseMedianMs: 60_000,
          handleAverageMs: 500_000,
          slaPercent: 75,
        },
        {
          agentId: 'a-minh',
          name: 'Minh',
          conversations: 2,
          ended: 2,
          csatPercent: null,
          averageRating: null,
          ratings: 0,
          firstResponseMedianMs: 400_000,
          handleAverageMs: 750_000,
          slaPercent: 50,
        },
      ],
      unanswered: [
        {
          text: 'Do you ship to Hue?',
          normal: 'ship hue',
          count: 3,
          lastAt: Date.UTC(2026, 10, 3, 2, 5),
        },
      ],
      proactive: [
        {
          ruleId: 'pricing-help',
          shown: 10,
          clicked: 3,
          replied: 1,
          dismissed: 4,
          clickPercent: 30,
          replyPercent: 10,
        },
      ],
      ratings: [
        {
          conversationId: 'c1',
          ratedAt: Date.UTC(2026, 10, 2, 3, 0),
          agentId: 'a-lan',
          agentName: 'Lan',
          department: 'sales',
          rating: 4,
          comment: 'Quick and kind',
          nps: null,
          ces: 6,
        },
      ],
    },
  }
}
