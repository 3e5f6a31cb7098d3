import type { AgentRow, RatingRow, ReportSummary } from '@chao/protocol'
import { setReportFilters } from '../../stores/reports.ts'
import { DataTable } from './DataTable.tsx'
import { count, decimal, duration, percent } from './format.ts'
import { KpiCards } from './KpiCards.tsx'
import { comparisonOf } from './kpis.ts'
import { ratingColumns } from './RatingsPage.tsx'

/**
 * Per agent: the team's table, each name opening that agent's detail — the same report
 * with the agent filter set, so the cards, charts and CSVs all narrow to them.
 */
export function AgentsPage({ summary, agentName }: { summary: ReportSummary; agentName?: string }) {
  const agent = summary.query.agent
  const query = summary.query
  if (agent !== undefined && agent !== '') {
    const comparison = comparisonOf(summary)
    return (
      <section class="agent-detail" aria-label={`Agent ${agentName ?? agent}`}>
        <h3>{agentName ?? agent}</h3>
        <button type="button" onClick={() => void setReportFilters({ agent: '' })}>
          All agents
        </button>
        <KpiCards
          current={summary.current.metrics}
          comparison={comparison.metrics}
          comparisonLabel={comparison.label}
        />
        <AgentTable summary={summary} />
        <DataTable<RatingRow>
          caption={`Ratings of ${agentName ?? agent}`}
          rows={summary.tables.ratings}
          rowKey={(r) => r.conversationId}
          csv={{ table: 'ratings', query }}
          columns={ratingColumns(query.tz)}
          empty="No ratings for this period."
        />
      </section>
    )
  }
  return <AgentTable summary={summary} />
}

function AgentTable({ summary }: { summary: ReportSummary }) {
  const filtered = summary.query.agent !== undefined && summary.query.agent !== ''
  return (
    <DataTable<AgentRow>
      caption="Agents"
      rows={summary.tables.agents}
      rowKey={(a) => a.agentId}
      csv={{ table: 'agents', query: summary.query }}
      empty="No agent had a conversation in this period."
      columns={[
        {
          label: 'Agent',
          cell: (a) =>
            filtered ? (
              a.name
            ) : (
              <button
                type="button"
                class="link-button"
                onClick={() => void setReportFilters({ agent: a.agentId })}
              >
                {a.name}
              </button>
            ),
        },
        { label: 'Conversations', cell: (a) => count(a.conversations), numeric: true },
        { label: 'Ended', cell: (a) => count(a.ended), numeric: true },
        { label: 'CSAT', cell: (a) => percent(a.csatPercent), numeric: true },
        { label: 'Average rating', cell: (a) => decimal(a.averageRating), numeric: true },
        { label: 'Ratings', cell: (a) => count(a.ratings), numeric: true },
        {
          label: 'First response (median)',
          cell: (a) => duration(a.firstResponseMedianMs),
          numeric: true,
        },
        { label: 'Handle time (average)', cell: (a) => duration(a.handleAverageMs), numeric: true },
        { label: 'SLA compliance', cell: (a) => percent(a.slaPercent), numeric: true },
      ]}
    />
  )
}
