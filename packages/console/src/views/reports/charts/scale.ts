/**
 * The arithmetic behind the report charts, kept apart from the SVG so it can be tested:
 * "nice" axis ticks, linear and band scales, bar rectangles and line paths. Values that are
 * `null` mean "no data" (an empty day, an hour without ratings): bars are not drawn and
 * lines break there rather than dropping to zero.
 */

export interface Box {
  width: number
  height: number
  /** Room for the axis labels: top, right, bottom, left. */
  margin: { top: number; right: number; bottom: number; left: number }
}

export interface Ticks {
  /** The axis' upper end, a multiple of `step` that is ≥ the largest value. */
  max: number
  step: number
  values: number[]
}

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over [0, max]. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1
  const rough = max / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(rough))
  const fraction = rough / power
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
  return nice * power
}

/**
 * Ticks from 0 to the first nice value at or above the largest value. All-empty or
 * all-zero data still gets an axis (0..1) so the chart never divides by zero.
 */
export function niceTicks(values: readonly (number | null)[], count = 4, integer = false): Ticks {
  const largest = Math.max(
    0,
    ...values.filter((v): v is number => v !== null && Number.isFinite(v)),
  )
  let step = niceStep(largest, count)
  if (integer) step = Math.max(1, Math.round(step))
  const max = largest === 0 ? step : Math.ceil(largest / step - 1e-9) * step
  const ticks: number[] = []
  // Rounding keeps 0.1 + 0.2 from printing as 0.30000000000000004.
  for (let i = 0; i * step <= max + step / 1e6; i++) ticks.push(round(i * step))
  return { max: round(max), step, values: ticks }
}

function round(value: number): number {
  return Math.round(value * 1e9) / 1e9
}

/** Maps [d0, d1] linearly onto [r0, r1]; a zero-width domain maps to r0. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0
  if (span === 0) return () => r0
  return (value) => r0 + ((value - d0) / span) * (r1 - r0)
}

/** `n` equal bands across [start, end] with `padding` (0..1) of each band left empty. */
export function bandScale(n: number, [start, end]: readonly [number, number], padding = 0.2) {
  const band = n > 0 ? (end - start) / n : 0
  const width = band * (1 - padding)
  return {
    /** The band's width once padded. */
    bandwidth: width,
    /** Left edge of the i-th bar. */
    x: (i: number) => start + i * band + (band - width) / 2,
    /** Centre of the i-th band (labels, line points). */
    center: (i: number) => start + i * band + band / 2,
  }
}

export interface Bar {
  index: number
  x: number
  y: number
  width: number
  height: number
  value: number
}

/** Rectangles for a bar chart in `box`; bars for `null` values are left out. */
export function barGeometry(
  values: readonly (number | null)[],
  box: Box,
  ticks = niceTicks(values),
) {
  const { margin } = box
  const bottom = box.height - margin.bottom
  const y = linearScale([0, ticks.max], [bottom, margin.top])
  const bands = bandScale(values.length, [margin.left, box.width - margin.right])
  const bars: Bar[] = []
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) return
    const top = y(Math.max(0, value))
    bars.push({
      index,
      x: bands.x(index),
      y: top,
      width: bands.bandwidth,
      height: bottom - top,
      value,
    })
  })
  return { bars, ticks, y, bands }
}

export interface Point {
  index: number
  x: number
  y: number
  value: number
}

/** Points of a line over evenly spaced categories; `null` values leave no point. */
export function linePoints(values: readonly (number | null)[], box: Box, ticks: Ticks): Point[] {
  const y = linearScale([0, ticks.max], [box.height - box.margin.bottom, box.margin.top])
  const bands = bandScale(values.length, [box.margin.left, box.width - box.margin.right], 0)
  const points: Point[] = []
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) return
    points.push({ index, x: bands.center(index), y: y(value), value })
  })
  return points
}

/**
 * An SVG path through the points, lifting the pen across gaps (a missing index between
 * two points) so an empty day is not drawn as if it had data.
 */
export function linePath(points: readonly Point[]): string {
  let path = ''
  let previous: Point | undefined
  for (const p of points) {
    const move = previous === undefined || p.index !== previous.index + 1
    path += `${path === '' ? '' : ' '}${move ? 'M' : 'L'}${fixed(p.x)} ${fixed(p.y)}`
    previous = p
  }
  return path
}

function fixed(n: number): string {
  return String(Math.round(n * 100) / 100)
}

/** Which category labels to print so that at most `max` fit (always the first one). */
export function labelEvery(n: number, max: number): number {
  if (n <= max || max <= 0) return 1
  return Math.ceil(n / max)
}
