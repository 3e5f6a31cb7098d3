import {
  REPORT_DEFAULTS,
  type ReportMetrics,
  type ReportPeriod,
  type ReportSummary,
  type ReportTable,
} from '@chao/protocol'
import type Database from 'better-sqlite3'
import { conversationMetrics } from './conversation-metrics.ts'
import type { ResolvedQuery } from './query.ts'
import { daily, hourly } from './series.ts'
import { statementCache } from './sql.ts'
import { agentTable, ratingTable } from './tables.ts'
import { botDeflection, botHelpfulness, proactive, unanswered } from './widget-metrics.ts'

export { ReportQueryError, type ResolvedQuery, resolveReportQuery } from './query.ts'

/** Rows of one CSV table: its header and its records, cells as strings or numbers. */
export interface TableRows {
  columns: string[]
  rows: (string | number | null)[][]
}

export interface ReportStore {
  /** Every metric, series and table of `GET /api/v1/reports/summary`. */
  reportSummary(q: ResolvedQuery): Promise<ReportSummary>
  /** One table in full, for `GET /api/v1/reports/<table>.csv`. */
  reportTable(q: ResolvedQuery, table: ReportTable): Promise<TableRows>
}

/** The SQLite side of `ReportStore` (docs/metrics.md has every formula). */
export function createReportQueries(db: Database.Database): ReportStore {
  const prepare = statementCache(db)

  const metrics = (q: ResolvedQuery, p: ReportPeriod): ReportMetrics => ({
    ...conversationMetrics(prepare, q, p),
    botDeflection: botDeflection(prepare, q.filters, p),
    botHelpfulness: botHelpfulness(prepare, q.filters, p),
  })

  const table = (q: ResolvedQuery, name: ReportTable): TableRows => {
    switch (name) {
      case 'agents':
        return toRows(name, agentTable(prepare, q))
      case 'unanswered':
        return toRows(name, unanswered(prepare, q.filters, q.current, 10_000))
      case 'proactive':
        return toRows(name, proactive(prepare, q.filters, q.current))
      case 'ratings':
        return toRows(name, ratingTable(prepare, q, 1_000_000))
      case 'daily':
        return toRows(name, daily(prepare, q))
      case 'hourly':
        return toRows(name, hourly(prepare, q))
    }
  }

  return {
    async reportSummary(q) {
      // One read transaction: every number of the answer sees the same snapshot.
      return db
        .transaction(
          (): ReportSummary => ({
            query: q.query,
            settings: { slaTargetMs: q.slaTargetMs, fcrDays: q.fcrDays },
            current: { period: q.current, metrics: metrics(q, q.current) },
            previous: { period: q.previous, metrics: metrics(q, q.previous) },
            lastWeek:
              q.lastWeek === null ? null : { period: q.lastWeek, metrics: metrics(q, q.lastWeek) },
            series: { hourly: hourly(prepare, q), daily: daily(prepare, q) },
            tables: {
              agents: agentTable(prepare, q),
              unanswered: unanswered(
                prepare,
                q.filters,
                q.current,
                REPORT_DEFAULTS.unansweredLimit,
              ),
              proactive: proactive(prepare, q.filters, q.current),
              ratings: ratingTable(prepare, q, REPORT_DEFAULTS.ratingsLimit),
            },
          }),
        )
        .deferred()
    },
    async reportTable(q, name) {
      return db.transaction(() => table(q, name)).deferred()
    },
  }
}

/** The CSV columns of each table: the keys of its JSON rows, in this order. */
const COLUMNS: Record<ReportTable, string[]> = {
  agents: [
    'agentId',
    'name',
    'conversations',
    'ended',
    'csatPercent',
    'averageRating',
    'ratings',
    'firstResponseMedianMs',
    'handleAverageMs',
    'slaPercent',
  ],
  unanswered: ['text', 'normal', 'count', 'lastAt'],
  proactive: ['ruleId', 'shown', 'clicked', 'replied', 'dismissed', 'clickPercent', 'replyPercent'],
  ratings: [
    'conversationId',
    'ratedAt',
    'agentId',
    'agentName',
    'department',
    'rating',
    'comment',
    'nps',
    'ces',
  ],
  daily: ['date', 'conversations', 'csatPercent', 'ratings', 'firstResponseMedianMs'],
  hourly: ['hour', 'current', 'previous', 'lastWeek'],
}

function toRows<T extends object>(name: ReportTable, items: T[]): TableRows {
  const columns = COLUMNS[name]
  return {
    columns,
    rows: items.map((item) =>
      columns.map((key) => (item as Record<string, string | number | null>)[key] ?? null),
    ),
  }
}
