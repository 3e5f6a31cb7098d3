import { describe, expect, it } from 'vitest'
import { count, dateTime, decimal, duration, hourLabel, percent, score } from './format.ts'
import { delta, KPIS } from './kpis.ts'

const kpi = (id: string) => {
  const found = KPIS.find((k) => k.id === id)
  if (found === undefined) throw new Error(id)
  return found
}

describe('report number formats', () => {
  it('writes "—" for missing values, never 0 or NaN', () => {
    for (const format of [count, percent, decimal, duration, score]) {
      expect(format(null)).toBe('—')
      expect(format(Number.NaN)).toBe('—')
    }
    expect(dateTime(null, 'UTC')).toBe('—')
  })

  it('writes percentages with one decimal and scores signed', () => {
    expect(percent(57.1)).toBe('57.1%')
    expect(percent(0)).toBe('0.0%')
    expect(score(0)).toBe('0')
    expect(score(12.5)).toBe('+12.5')
    expect(score(-40)).toBe('−40')
    expect(decimal(3.8)).toBe('3.80')
    expect(count(12345)).toBe('12,345')
  })

  it('writes durations to the second', () => {
    expect(duration(0)).toBe('0 s')
    expect(duration(45_400)).toBe('45 s')
    expect(duration(210_000)).toBe('3 min 30 s')
    expect(duration(1_447_500)).toBe('24 min 08 s')
    expect(duration(3_780_000)).toBe('1 h 03 min')
  })

  it('writes instants in the report time zone', () => {
    const t = Date.parse('2026-11-12T09:00:00+07:00')
    expect(dateTime(t, 'Asia/Ho_Chi_Minh')).toBe('2026-11-12 09:00')
    expect(dateTime(t, 'UTC')).toBe('2026-11-12 02:00')
    expect(hourLabel(7)).toBe('07:00')
  })
})

describe('KPI deltas', () => {
  it('uses points for rates and colours by which way is better', () => {
    expect(delta(kpi('csat'), 60, 50)).toEqual({ text: '+10.0 pts', tone: 'good' })
    expect(delta(kpi('sla'), 50, 57.1)).toEqual({ text: '−7.1 pts', tone: 'bad' })
    expect(delta(kpi('first-response-median'), 210_000, 270_000)).toEqual({
      text: '−1 min 00 s',
      tone: 'good',
    })
    expect(delta(kpi('handle'), 26 * 60_000, 17 * 60_000).tone).toBe('bad')
    expect(delta(kpi('conversations'), 8, 2)).toEqual({ text: '+6', tone: 'same' })
    expect(delta(kpi('ces'), 5, 5)).toEqual({ text: '±0.00', tone: 'same' })
  })

  it('has no delta when either side has no data', () => {
    expect(delta(kpi('nps'), 0, null)).toEqual({ text: '—', tone: 'same' })
    expect(delta(kpi('nps'), null, 10)).toEqual({ text: '—', tone: 'same' })
  })
})
