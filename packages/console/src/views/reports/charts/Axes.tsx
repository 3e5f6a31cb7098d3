import { type Box, labelEvery, linearScale, type Ticks } from './scale.ts'

interface AxesProps {
  box: Box
  ticks: Ticks
  labels: readonly string[]
  /** Where each category's label sits horizontally. */
  center: (index: number) => number
  formatTick: (value: number) => string
  xLabel: string
  yLabel: string
}

/** Horizontal grid lines with value labels on the left, category labels under the plot. */
export function Axes({ box, ticks, labels, center, formatTick, xLabel, yLabel }: AxesProps) {
  const { margin } = box
  const y = linearScale([0, ticks.max], [box.height - margin.bottom, margin.top])
  const every = labelEvery(labels.length, Math.floor((box.width - margin.left - margin.right) / 44))
  const baseline = box.height - margin.bottom
  return (
    <g class="axes">
      {ticks.values.map((t) => (
        <g key={t} class="tick">
          <line x1={margin.left} x2={box.width - margin.right} y1={y(t)} y2={y(t)} />
          <text x={margin.left - 6} y={y(t)} text-anchor="end" dominant-baseline="middle">
            {formatTick(t)}
          </text>
        </g>
      ))}
      {labels.map((label, i) =>
        i % every === 0 ? (
          <text key={label} class="category" x={center(i)} y={baseline + 16} text-anchor="middle">
            {label}
          </text>
        ) : null,
      )}
      <text
        class="axis-label"
        x={(margin.left + box.width - margin.right) / 2}
        y={box.height - 4}
        text-anchor="middle"
      >
        {xLabel}
      </text>
      <text
        class="axis-label"
        transform={`translate(12 ${(margin.top + baseline) / 2}) rotate(-90)`}
        text-anchor="middle"
      >
        {yLabel}
      </text>
    </g>
  )
}

export const CHART_BOX: Box = {
  width: 560,
  height: 220,
  margin: { top: 12, right: 12, bottom: 44, left: 56 },
}
