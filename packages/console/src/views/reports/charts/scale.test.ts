import { describe, expect, it } from 'vitest'
import {
  type Box,
  bandScale,
  barGeometry,
  labelEvery,
  linearScale,
  linePath,
  linePoints,
  niceStep,
  niceTicks,
} from './scale.ts'

const box: Box = { width: 140, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 30 } }

describe('chart scales', () => {
  it('picks steps of 1, 2 or 5 × 10^k', () => {
    expect(niceStep(10)).toBe(5)
    expect(niceStep(37)).toBe(10)
    expect(niceStep(0.9)).toBe(0.5)
    expect(niceStep(7000)).toBe(2000)
    expect(niceStep(0)).toBe(1)
    expect(niceStep(Number.NaN)).toBe(1)
  })

  it('ends the axis at the first tick at or above the largest value', () => {
    expect(niceTicks([3, 37, 12])).toEqual({ max: 40, step: 10, values: [0, 10, 20, 30, 40] })
    expect(niceTicks([40])).toEqual({ max: 40, step: 10, values: [0, 10, 20, 30, 40] })
    expect(niceTicks([0.3, 0.1]).values).toEqual([0, 0.1, 0.2, 0.3])
  })

  it('gives empty and all-zero data an axis of 0..1 instead of dividing by zero', () => {
    expect(niceTicks([])).toEqual({ max: 1, step: 1, values: [0, 1] })
    expect(niceTicks([null, 0, null])).toEqual({ max: 1, step: 1, values: [0, 1] })
  })

  it('keeps integer steps for counts', () => {
    expect(niceTicks([2], 4, true)).toEqual({ max: 2, step: 1, values: [0, 1, 2] })
  })

  it('maps linearly, including inverted ranges and a zero-width domain', () => {
    const y = linearScale([0, 40], [110, 10])
    expect(y(0)).toBe(110)
    expect(y(40)).toBe(10)
    expect(y(10)).toBe(85)
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0)
  })

  it('splits a width into padded bands', () => {
    const bands = bandScale(4, [0, 100], 0.2)
    expect(bands.bandwidth).toBe(20)
    expect(bands.x(0)).toBe(2.5)
    expect(bands.x(3)).toBe(77.5)
    expect(bands.center(1)).toBe(37.5)
  })
})

describe('bar geometry', () => {
  it('stands each bar on the baseline with a height proportional to its value', () => {
    const { bars, ticks } = barGeometry([10, 20, 0, 40], box)
    expect(ticks.max).toBe(40)
    // 100 px of plot height for 40 units: 2.5 px per unit; bands of 25 px, bars of 20 px.
    expect(bars.map((b) => [b.x, b.y, b.width, b.height])).toEqual([
      [32.5, 85, 20, 25],
      [57.5, 60, 20, 50],
      [82.5, 110, 20, 0],
      [107.5, 10, 20, 100],
    ])
  })

  it('draws no bar for a missing value, but keeps its slot', () => {
    const { bars } = barGeometry([10, null, 20], box)
    expect(bars.map((b) => b.index)).toEqual([0, 2])
  })
})

describe('line geometry', () => {
  it('places points at band centres and breaks the path at gaps', () => {
    const ticks = niceTicks([50, 100, 75, 100])
    const points = linePoints([50, null, 75, 100], box, ticks)
    expect(points.map((p) => [p.x, p.y])).toEqual([
      [42.5, 60],
      [92.5, 35],
      [117.5, 10],
    ])
    expect(linePath(points)).toBe('M42.5 60 M92.5 35 L117.5 10')
  })

  it('is empty without points', () => {
    expect(linePath([])).toBe('')
  })

  it('thins category labels to fit', () => {
    expect(labelEvery(24, 8)).toBe(3)
    expect(labelEvery(7, 8)).toBe(1)
    expect(labelEvery(31, 8)).toBe(4)
  })
})
