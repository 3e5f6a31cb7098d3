import type { ProactiveRow, ReportSummary } from '@chao/protocol'
import { DataTable } from './DataTable.tsx'
import { count, percent } from './format.ts'

/** Each proactive rule's funnel: shown, clicked, replied, dismissed; rates over shown. */
export function ProactivePage({ summary }: { summary: ReportSummary }) {
  return (
    <DataTable<ProactiveRow>
      caption="Proactive rule performance"
      rows={summary.tables.proactive}
      rowKey={(p) => p.ruleId}
      csv={{ table: 'proactive', query: summary.query }}
      empty="No proactive message was shown in this period."
      columns={[
        { label: 'Rule', cell: (p) => p.ruleId },
        { label: 'Shown', cell: (p) => count(p.shown), numeric: true },
        { label: 'Clicked', cell: (p) => count(p.clicked), numeric: true },
        { label: 'Replied', cell: (p) => count(p.replied), numeric: true },
        { label: 'Dismissed', cell: (p) => count(p.dismissed), numeric: true },
        { label: 'Click rate', cell: (p) => percent(p.clickPercent), numeric: true },
        { label: 'Reply rate', cell: (p) => percent(p.replyPercent), numeric: true },
      ]}
    />
  )
}
