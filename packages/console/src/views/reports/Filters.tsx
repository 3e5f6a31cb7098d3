import { useId } from 'preact/hooks'
import { isValidDate, type Range, type ReportFilters } from '../../stores/report-filters.ts'
import type { ReportOptions } from '../../stores/reports.ts'
import { setReportFilters } from '../../stores/reports.ts'

const RANGE_LABELS: [Range, string][] = [
  ['today', 'Today'],
  ['7d', 'Last 7 days'],
  ['30d', 'Last 30 days'],
  ['custom', 'Custom'],
]

/** Time zones to offer: the runtime's list, plus UTC and the current one if missing. */
function timeZones(current: string): string[] {
  const list =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set(['UTC', current, ...list])]
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value

/** Period, time zone, department, agent and page; every change is kept in the URL. */
export function Filters({ filters, options }: { filters: ReportFilters; options: ReportOptions }) {
  // Labels point at their control with \`for\`, so the control's name is the label alone.
  const id = useId()
  const setDate = (key: 'from' | 'to', date: string) => {
    if (!isValidDate(date)) return
    const next = { from: filters.from, to: filters.to, [key]: date }
    // Keep the range ordered: moving one end past the other moves both.
    if (next.from > next.to) next[key === 'from' ? 'to' : 'from'] = date
    void setReportFilters({ range: 'custom', ...next })
  }
  return (
    <form class="report-filters" aria-label="Report filters" onSubmit={(e) => e.preventDefault()}>
      <div class="report-filter">
        <label for={`${id}-1`}>Period</label>
        <select
          id={`${id}-1`}
          value={filters.range}
          onChange={(e) => void setReportFilters({ range: value(e) as Range })}
        >
          {RANGE_LABELS.map(([range, label]) => (
            <option key={range} value={range}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div class="report-filter">
        <label for={`${id}-2`}>From</label>
        <input
          id={`${id}-2`}
          type="date"
          value={filters.from}
          onChange={(e) => setDate('from', value(e))}
        />
      </div>
      <div class="report-filter">
        <label for={`${id}-3`}>To</label>
        <input
          id={`${id}-3`}
          type="date"
          value={filters.to}
          onChange={(e) => setDate('to', value(e))}
        />
      </div>
      <div class="report-filter">
        <label for={`${id}-4`}>Time zone</label>
        <select
          id={`${id}-4`}
          value={filters.tz}
          onChange={(e) => void setReportFilters({ tz: value(e) })}
        >
          {timeZones(filters.tz).map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
      </div>
      <div class="report-filter">
        <label for={`${id}-5`}>Department</label>
        <select
          id={`${id}-5`}
          value={filters.department}
          onChange={(e) => void setReportFilters({ department: value(e) })}
        >
          <option value="">All departments</option>
          {withCurrent(options.departments, filters.department).map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div class="report-filter">
        <label for={`${id}-6`}>Agent</label>
        <select
          id={`${id}-6`}
          value={filters.agent}
          onChange={(e) => void setReportFilters({ agent: value(e) })}
        >
          <option value="">All agents</option>
          {withCurrent(options.agents, filters.agent).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div class="report-filter">
        <label for={`${id}-7`}>Page URL starts with</label>
        <input
          id={`${id}-7`}
          type="text"
          placeholder="https://shop.example/pricing"
          value={filters.pagePrefix}
          onChange={(e) => void setReportFilters({ pagePrefix: value(e).trim() })}
        />
      </div>
    </form>
  )
}

/** A shared link may name an id the lists have not loaded (yet): keep it selectable. */
function withCurrent(list: { id: string; name: string }[], id: string) {
  return id === '' || list.some((item) => item.id === id) ? list : [...list, { id, name: id }]
}
