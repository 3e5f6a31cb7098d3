import { type RatingRow, REPORT_DEFAULTS, type ReportSummary } from '@chao/protocol'
import type { Column } from './DataTable.tsx'
import { DataTable } from './DataTable.tsx'
import { count, dateTime, NONE } from './format.ts'

/** The columns of a ratings list, times in the report's time zone. */
export function ratingColumns(tz: string): Column<RatingRow>[] {
  const value = (n: number | null) => (n === null ? NONE : String(n))
  return [
    { label: 'Rated', cell: (r) => dateTime(r.ratedAt, tz) },
    { label: 'Agent', cell: (r) => r.agentName ?? NONE },
    { label: 'Department', cell: (r) => r.department ?? NONE },
    { label: 'Rating', cell: (r) => value(r.rating), numeric: true },
    { label: 'Comment', cell: (r) => r.comment ?? NONE },
    { label: 'NPS', cell: (r) => value(r.nps), numeric: true },
    { label: 'CES', cell: (r) => value(r.ces), numeric: true },
  ]
}

/** Every answered survey of the period, newest first. */
export function RatingsPage({ summary }: { summary: ReportSummary }) {
  const rows = summary.tables.ratings
  const { csat } = summary.current.metrics
  return (
    <DataTable<RatingRow>
      caption="Ratings"
      rows={rows}
      rowKey={(r) => r.conversationId}
      csv={{ table: 'ratings', query: summary.query }}
      columns={ratingColumns(summary.query.tz)}
      empty="No ratings for this period."
      note={
        rows.length >= REPORT_DEFAULTS.ratingsLimit
          ? `The newest ${count(rows.length)} of ${count(csat.total)} ratings; the CSV has all of them.`
          : undefined
      }
    />
  )
}
