import { CHART_BOX } from './Axes.tsx'
import { ChartFrame } from './ChartFrame.tsx'
import { bandScale, linePath, linePoints, niceTicks } from './scale.ts'

export interface LineSeries {
  name: string
  values: readonly (number | null)[]
  /** The comparison period is drawn dashed. */
  dashed?: boolean
}

export interface LineChartProps {
  title: string
  description: string
  labels: readonly string[]
  series: readonly LineSeries[]
  xLabel: string
  yLabel: string
  format?: (value: number) => string
  /** A fixed axis top (100 for percentages); otherwise from the data. */
  max?: number
}

/** A line chart in plain SVG; gaps in the data are gaps in the line. */
export function LineChart(props: LineChartProps) {
  const { title, description, labels, series, xLabel, yLabel } = props
  const format = props.format ?? String
  const box = CHART_BOX
  const all = series.flatMap((s) => s.values)
  const ticks = niceTicks(props.max === undefined ? all : [...all, props.max])
  const bands = bandScale(labels.length, [box.margin.left, box.width - box.margin.right], 0)
  return (
    <ChartFrame
      kind="line"
      title={title}
      description={description}
      labels={labels}
      ticks={ticks}
      center={bands.center}
      format={format}
      xLabel={xLabel}
      yLabel={yLabel}
    >
      {series.map((s, n) => {
        const points = linePoints(s.values, box, ticks)
        return (
          <g key={s.name} class={`series series-${n}${s.dashed ? ' dashed' : ''}`}>
            <path d={linePath(points)} fill="none" />
            {points.map((p) => (
              <circle key={p.index} cx={p.x} cy={p.y} r={3}>
                <title>{`${s.name}, ${labels[p.index] ?? ''}: ${format(p.value)}`}</title>
              </circle>
            ))}
          </g>
        )
      })}
    </ChartFrame>
  )
}
