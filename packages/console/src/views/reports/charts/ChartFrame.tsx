import type { ComponentChildren } from 'preact'
import { useId } from 'preact/hooks'
import { Axes, CHART_BOX } from './Axes.tsx'
import type { Ticks } from './scale.ts'

interface ChartFrameProps {
  kind: 'bar' | 'line'
  title: string
  /** One sentence for screen readers; the table beneath the chart has every number. */
  description: string
  labels: readonly string[]
  ticks: Ticks
  /** Where each category's label sits horizontally. */
  center: (index: number) => number
  format: (value: number) => string
  xLabel: string
  yLabel: string
  children: ComponentChildren
}

/** What every chart shares: the SVG box named for screen readers, its axes, then the marks. */
export function ChartFrame(props: ChartFrameProps) {
  const id = useId()
  const box = CHART_BOX
  return (
    <svg
      class={`chart ${props.kind}-chart`}
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
    >
      <title id={`${id}-t`}>{props.title}</title>
      <desc id={`${id}-d`}>{props.description}</desc>
      <Axes
        box={box}
        ticks={props.ticks}
        labels={props.labels}
        center={props.center}
        formatTick={props.format}
        xLabel={props.xLabel}
        yLabel={props.yLabel}
      />
      {props.children}
    </svg>
  )
}
