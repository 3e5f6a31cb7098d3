import type { ReportMetrics, ReportSummary } from '@chao/protocol'
import { count, decimal, duration, NONE, percent, score } from './format.ts'

/** Whether a rise is good news; drives the delta's colour, not its sign. */
export type Better = 'higher' | 'lower' | 'neutral'

export interface Kpi {
  id: string
  label: string
  value: (m: ReportMetrics) => number | null
  format: (value: number | null) => string
  /** How the difference is written: points for percentages, time for durations. */
  unit: 'points' | 'duration' | 'count' | 'decimal'
  better: Better
  /** The base of the number, e.g. "12 of 15 ratings". */
  detail: (m: ReportMetrics) => string
}

const of = (r: { count: number; total: number }, what: string) => `${r.count} of ${r.total} ${what}`

/** The KPI cards of the overview, in reading order. */
export const KPIS: readonly Kpi[] = [
  {
    id: 'conversations',
    label: 'Conversations',
    value: (m) => m.conversations,
    format: count,
    unit: 'count',
    better: 'neutral',
    detail: (m) => `${m.ended} ended`,
  },
  {
    id: 'csat',
    label: 'CSAT',
    value: (m) => m.csat.percent,
    format: percent,
    unit: 'points',
    better: 'higher',
    detail: (m) => `${of(m.csat, 'ratings')} · average ${decimal(m.csat.average)}`,
  },
  {
    id: 'nps',
    label: 'NPS',
    value: (m) => m.nps.score,
    format: score,
    unit: 'points',
    better: 'higher',
    detail: (m) => `${m.nps.responses} responses`,
  },
  {
    id: 'ces',
    label: 'CES',
    value: (m) => m.ces.average,
    format: (v) => decimal(v),
    unit: 'decimal',
    better: 'higher',
    detail: (m) => `${m.ces.responses} responses`,
  },
  {
    id: 'response-rate',
    label: 'Survey response rate',
    value: (m) => m.responseRate.percent,
    format: percent,
    unit: 'points',
    better: 'higher',
    detail: (m) => of(m.responseRate, 'ended chats'),
  },
  {
    id: 'first-response-median',
    label: 'First response (median)',
    value: (m) => m.firstResponse.medianMs,
    format: duration,
    unit: 'duration',
    better: 'lower',
    detail: (m) => `${m.firstResponse.count} answered`,
  },
  {
    id: 'first-response-p90',
    label: 'First response (p90)',
    value: (m) => m.firstResponse.p90Ms,
    format: duration,
    unit: 'duration',
    better: 'lower',
    detail: (m) => `${m.firstResponse.count} answered`,
  },
  {
    id: 'handle',
    label: 'Handle time (average)',
    value: (m) => m.handle.averageMs,
    format: duration,
    unit: 'duration',
    better: 'lower',
    detail: (m) => `${m.handle.count} chats`,
  },
  {
    id: 'resolution',
    label: 'Resolution time (average)',
    value: (m) => m.resolution.averageMs,
    format: duration,
    unit: 'duration',
    better: 'lower',
    detail: (m) => `${m.resolution.count} chats`,
  },
  {
    id: 'wait',
    label: 'Queue wait (average)',
    value: (m) => m.wait.averageMs,
    format: duration,
    unit: 'duration',
    better: 'lower',
    detail: (m) => `median ${duration(m.wait.medianMs)} · ${m.wait.count} chats`,
  },
  {
    id: 'sla',
    label: 'SLA compliance',
    value: (m) => m.sla.percent,
    format: percent,
    unit: 'points',
    better: 'higher',
    detail: (m) =>
      `${of(m.sla, 'within')} ${duration(m.sla.targetMs)} · ${m.sla.breaches} breaches`,
  },
  {
    id: 'fcr',
    label: 'First contact resolution',
    value: (m) => m.fcr.percent,
    format: percent,
    unit: 'points',
    better: 'higher',
    detail: (m) => `${of(m.fcr, 'ended chats')} · ${m.fcr.days} days`,
  },
  {
    id: 'bot-deflection',
    label: 'Bot deflection',
    value: (m) => m.botDeflection.percent,
    format: percent,
    unit: 'points',
    better: 'higher',
    detail: (m) => of(m.botDeflection, 'bot sessions'),
  },
  {
    id: 'bot-helpfulness',
    label: 'Bot helpfulness',
    value: (m) => m.botHelpfulness.percent,
    format: percent,
    unit: 'points',
    better: 'higher',
    detail: (m) => of(m.botHelpfulness, 'thumbs'),
  },
]

export interface Delta {
  text: string
  /** `good`/`bad` by the KPI's direction; `same` when equal or neutral. */
  tone: 'good' | 'bad' | 'same'
}

/** The change from `before` to `now`, written in the KPI's unit; "—" when either is missing. */
export function delta(kpi: Kpi, now: number | null, before: number | null): Delta {
  if (now === null || before === null) return { text: NONE, tone: 'same' }
  const diff = now - before
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±'
  const size = Math.abs(diff)
  const text =
    kpi.unit === 'points'
      ? `${sign}${size.toFixed(1)} pts`
      : kpi.unit === 'duration'
        ? `${sign}${duration(size)}`
        : kpi.unit === 'decimal'
          ? `${sign}${size.toFixed(2)}`
          : `${sign}${count(size)}`
  const up = diff > 0
  const tone =
    diff === 0 || kpi.better === 'neutral'
      ? 'same'
      : (kpi.better === 'higher') === up
        ? 'good'
        : 'bad'
  return { text, tone }
}

/**
 * What the period is compared with: the same weekday last week for a single day (today
 * against last Tuesday), otherwise the same number of days just before.
 */
export function comparisonOf(summary: ReportSummary): {
  metrics: ReportMetrics
  label: string
  /** Short name for chart series and table columns. */
  name: string
} {
  if (summary.lastWeek !== null) {
    return {
      metrics: summary.lastWeek.metrics,
      label: `vs same day last week (${summary.lastWeek.period.from})`,
      name: `Same day last week (${summary.lastWeek.period.from})`,
    }
  }
  const { from, to } = summary.previous.period
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1
  const span = days === 1 ? 'previous day' : `previous ${days} days`
  return {
    metrics: summary.previous.metrics,
    label: `vs ${span} (${from === to ? from : `${from} – ${to}`})`,
    name: `Previous ${days === 1 ? 'day' : `${days} days`}`,
  }
}
