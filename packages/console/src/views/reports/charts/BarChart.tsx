import { CHART_BOX } from './Axes.tsx'
import { ChartFrame } from './ChartFrame.tsx'
import { barGeometry, niceTicks } from './scale.ts'

export interface BarChartProps {
  title: string
  /** One sentence for screen readers; the table beneath the chart has every number. */
  description: string
  labels: readonly string[]
  values: readonly (number | null)[]
  xLabel: string
  yLabel: string
  format?: (value: number) => string
  /** Counts: keep axis steps whole. */
  integer?: boolean
  /** Another period's values, drawn as a mark across each bar's slot. */
  comparison?: { name: string; values: readonly (number | null)[] }
}

/** A bar chart in plain SVG, scaled to its container's width. */
export function BarChart(props: BarChartProps) {
  const { title, description, labels, values, xLabel, yLabel, integer = false } = props
  const format = props.format ?? String
  const box = CHART_BOX
  const compare = props.comparison
  const ticks = niceTicks([...values, ...(compare?.values ?? [])], 4, integer)
  const { bars, bands, y } = barGeometry(values, box, ticks)
  return (
    <ChartFrame
      kind="bar"
      title={title}
      description={description}
      labels={labels}
      ticks={ticks}
      center={bands.center}
      format={format}
      xLabel={xLabel}
      yLabel={yLabel}
    >
      {bars.map((bar) => (
        <rect key={bar.index} class="bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
          <title>{`${labels[bar.index] ?? ''}: ${format(bar.value)}`}</title>
        </rect>
      ))}
      {compare?.values.map((value, i) =>
        // A zero mark would sit on the baseline and only add noise; the table has it.
        value === null || value === 0 ? null : (
          <line
            key={i}
            class="comparison-mark"
            x1={bands.x(i)}
            x2={bands.x(i) + bands.bandwidth}
            y1={y(value)}
            y2={y(value)}
          >
            <title>{`${compare.name}, ${labels[i] ?? ''}: ${format(value)}`}</title>
          </line>
        ),
      )}
    </ChartFrame>
  )
}
