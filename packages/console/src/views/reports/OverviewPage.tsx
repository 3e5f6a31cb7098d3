import type { DailyPoint, HourlyVolume, ReportSummary } from '@chao/protocol'
import { BarChart } from './charts/BarChart.tsx'
import { LineChart } from './charts/LineChart.tsx'
import { DataTable } from './DataTable.tsx'
import { count, duration, hourLabel, percent } from './format.ts'
import { KpiCards } from './KpiCards.tsx'
import { comparisonOf } from './kpis.ts'

/** Durations on a chart axis in minutes when long enough, else in seconds. */
function timeAxis(values: (number | null)[]) {
  const minutes = Math.max(0, ...values.map((v) => v ?? 0)) >= 120_000
  const unit = minutes ? 60_000 : 1000
  return {
    values: values.map((v) => (v === null ? null : v / unit)),
    label: minutes ? 'minutes' : 'seconds',
  }
}

/** The period at a glance: KPI cards against the comparison, then charts with their tables. */
export function OverviewPage({ summary }: { summary: ReportSummary }) {
  const comparison = comparisonOf(summary)
  const { hourly, daily } = summary.series
  const csv = (table: 'hourly' | 'daily') => ({ table, query: summary.query })
  const hourBefore = (h: HourlyVolume) => (summary.lastWeek !== null ? h.lastWeek : h.previous)
  const dates = daily.map((d) => d.date.slice(5))
  const firstResponse = timeAxis(daily.map((d) => d.firstResponseMedianMs))
  return (
    <>
      <KpiCards
        current={summary.current.metrics}
        comparison={comparison.metrics}
        comparisonLabel={comparison.label}
      />
      <section class="report-charts" aria-label="Charts">
        <figure class="report-figure">
          <figcaption>Volume by hour of day</figcaption>
          <BarChart
            title="Conversations by hour of day"
            description={`Conversations started in each hour, summed over the period; the marks show ${comparison.name.toLowerCase()}. The table below has every number.`}
            labels={hourly.map((h) => hourLabel(h.hour))}
            values={hourly.map((h) => h.current)}
            comparison={{ name: comparison.name, values: hourly.map(hourBefore) }}
            xLabel={`hour of day (${summary.query.tz})`}
            yLabel="conversations"
            integer
          />
          <DataTable<HourlyVolume>
            caption="Conversations by hour of day"
            rows={hourly}
            rowKey={(h) => String(h.hour)}
            csv={csv('hourly')}
            columns={[
              { label: 'Hour', cell: (h) => hourLabel(h.hour) },
              { label: 'This period', cell: (h) => count(h.current), numeric: true },
              { label: comparison.name, cell: (h) => count(hourBefore(h)), numeric: true },
            ]}
          />
        </figure>
        <figure class="report-figure">
          <figcaption>Daily volume</figcaption>
          <BarChart
            title="Conversations per day"
            description="Conversations with a person started each day of the period. The table below has every number."
            labels={dates}
            values={daily.map((d) => d.conversations)}
            xLabel="date"
            yLabel="conversations"
            integer
          />
          <DataTable<DailyPoint>
            caption="Conversations per day"
            rows={daily}
            rowKey={(d) => d.date}
            csv={csv('daily')}
            columns={[
              { label: 'Date', cell: (d) => d.date },
              { label: 'Conversations', cell: (d) => count(d.conversations), numeric: true },
            ]}
          />
        </figure>
        <figure class="report-figure">
          <figcaption>CSAT trend</figcaption>
          <LineChart
            title="CSAT per day"
            description="Share of 4–5 ratings each day; days without ratings are gaps. The table below has every number."
            labels={dates}
            series={[{ name: 'CSAT', values: daily.map((d) => d.csatPercent) }]}
            xLabel="date"
            yLabel="% satisfied"
            format={(v) => `${v}%`}
            max={100}
          />
          <DataTable<DailyPoint>
            caption="CSAT per day"
            rows={daily}
            rowKey={(d) => d.date}
            csv={csv('daily')}
            columns={[
              { label: 'Date', cell: (d) => d.date },
              { label: 'CSAT', cell: (d) => percent(d.csatPercent), numeric: true },
              { label: 'Ratings', cell: (d) => count(d.ratings), numeric: true },
            ]}
          />
        </figure>
        <figure class="report-figure">
          <figcaption>First response trend</figcaption>
          <LineChart
            title="Median first response time per day"
            description="Median time from entering the queue to the first agent message, each day. The table below has every number."
            labels={dates}
            series={[{ name: 'First response (median)', values: firstResponse.values }]}
            xLabel="date"
            yLabel={firstResponse.label}
          />
          <DataTable<DailyPoint>
            caption="Median first response per day"
            rows={daily}
            rowKey={(d) => d.date}
            csv={csv('daily')}
            columns={[
              { label: 'Date', cell: (d) => d.date },
              {
                label: 'First response (median)',
                cell: (d) => duration(d.firstResponseMedianMs),
                numeric: true,
              },
            ]}
          />
        </figure>
      </section>
    </>
  )
}
