import { useEffect } from 'preact/hooks'
import { REPORT_PAGES, type ReportPage } from '../../stores/report-filters.ts'
import {
  $report,
  $reportFilters,
  $reportOptions,
  closeReports,
  openReports,
  setReportFilters,
} from '../../stores/reports.ts'
import { useStore } from '../../use-store.ts'
import { AgentsPage } from './AgentsPage.tsx'
import { Filters } from './Filters.tsx'
import { OverviewPage } from './OverviewPage.tsx'
import { ProactivePage } from './ProactivePage.tsx'
import { RatingsPage } from './RatingsPage.tsx'
import { UnansweredPage } from './UnansweredPage.tsx'
import './reports.css'

const PAGE_LABELS: Record<ReportPage, string> = {
  overview: 'Overview',
  agents: 'Agents',
  unanswered: 'Unanswered questions',
  proactive: 'Proactive',
  ratings: 'Ratings',
}

/** Reports: filters, the report pages, and the numbers of the chosen period. */
export function ReportsView() {
  const filters = useStore($reportFilters)
  const report = useStore($report)
  const options = useStore($reportOptions)
  useEffect(() => {
    void openReports()
    return closeReports
  }, [])
  if (filters === undefined) return <section class="reports">Loading…</section>
  const summary =
    report.state === 'ready'
      ? report.summary
      : report.state === 'loading'
        ? report.previous
        : undefined
  const agentName = options.agents.find((a) => a.id === filters.agent)?.name
  return (
    <section class="reports" aria-label="Reports" aria-busy={report.state === 'loading'}>
      <h2>Reports</h2>
      <nav class="report-pages" aria-label="Report pages">
        {REPORT_PAGES.map((page) => (
          <button
            key={page}
            type="button"
            aria-current={filters.page === page ? 'page' : undefined}
            onClick={() => void setReportFilters({ page })}
          >
            {PAGE_LABELS[page]}
          </button>
        ))}
      </nav>
      <Filters filters={filters} options={options} />
      {report.state === 'error' && (
        <p role="alert" class="error">
          The report could not be loaded: {report.message}
        </p>
      )}
      {report.state === 'loading' && (
        <p role="status" class="report-loading">
          Loading…
        </p>
      )}
      {summary !== undefined && (
        <div class="report-body">
          <p class="report-period">
            {summary.current.period.from === summary.current.period.to
              ? summary.current.period.from
              : `${summary.current.period.from} – ${summary.current.period.to}`}{' '}
            ({summary.query.tz})
          </p>
          {filters.page === 'overview' ? (
            <OverviewPage summary={summary} />
          ) : filters.page === 'agents' ? (
            <AgentsPage summary={summary} {...(agentName ? { agentName } : {})} />
          ) : filters.page === 'unanswered' ? (
            <UnansweredPage summary={summary} />
          ) : filters.page === 'proactive' ? (
            <ProactivePage summary={summary} />
          ) : (
            <RatingsPage summary={summary} />
          )}
        </div>
      )}
    </section>
  )
}
