import type { ReportSummary, UnansweredRow } from '@chao/protocol'
import { DataTable } from './DataTable.tsx'
import { count, dateTime } from './format.ts'

/** Questions the bot could not answer, similar wordings grouped: what the FAQ should add. */
export function UnansweredPage({ summary }: { summary: ReportSummary }) {
  return (
    <DataTable<UnansweredRow>
      caption="Top unanswered questions"
      rows={summary.tables.unanswered}
      rowKey={(u) => u.normal}
      csv={{ table: 'unanswered', query: summary.query }}
      empty="The bot answered every question in this period."
      columns={[
        { label: 'Question', cell: (u) => u.text },
        { label: 'Times asked', cell: (u) => count(u.count), numeric: true },
        { label: 'Last asked', cell: (u) => dateTime(u.lastAt, summary.query.tz) },
      ]}
    />
  )
}
