import type { ReportMetrics } from '@chao/protocol'
import { delta, KPIS } from './kpis.ts'

interface KpiCardsProps {
  current: ReportMetrics
  /** The comparison period's metrics, or null when there is none. */
  comparison: ReportMetrics | null
  /** "vs previous 7 days (…)", read after every delta. */
  comparisonLabel: string
}

/** One card per metric: the period's value, the change against the comparison, its base. */
export function KpiCards({ current, comparison, comparisonLabel }: KpiCardsProps) {
  return (
    <section class="kpis" aria-label="Key figures">
      <p class="report-comparison">Changes {comparisonLabel}</p>
      {KPIS.map((kpi) => {
        const now = kpi.value(current)
        const before = comparison === null ? null : kpi.value(comparison)
        const change = delta(kpi, now, before)
        return (
          <article key={kpi.id} class="kpi" aria-label={kpi.label} data-kpi={kpi.id}>
            <h3>{kpi.label}</h3>
            <p class="kpi-value">{kpi.format(now)}</p>
            <p class={`kpi-delta ${change.tone}`}>
              <span class="kpi-change">{change.text}</span>
              {/* Said once above the cards; repeated for screen readers, who read card by card. */}
              <span class="visually-hidden"> {comparisonLabel}</span>
              {comparison !== null && <span class="kpi-before"> (was {kpi.format(before)})</span>}
            </p>
            <p class="kpi-detail">{kpi.detail(current)}</p>
          </article>
        )
      })}
    </section>
  )
}
