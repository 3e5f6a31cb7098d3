import { describe, expect, it } from 'vitest'
import { ReportQueryError, resolveReportQuery } from './query.ts'
import { dayBuckets, localToUtc, offsetPieces } from './time-zone.ts'

const iso = (ms: number) => new Date(ms).toISOString()
const HOUR = 3_600_000

describe('local days and hours as UTC instants', () => {
  it('starts a Ho Chi Minh City day at 17:00 UTC the day before', () => {
    const [day] = dayBuckets('Asia/Ho_Chi_Minh', '2026-11-09', '2026-11-09')
    expect(day && [iso(day.start), iso(day.end)]).toEqual([
      '2026-11-08T17:00:00.000Z',
      '2026-11-09T17:00:00.000Z',
    ])
  })

  it('makes the Paris autumn switch a 25-hour day, switching offset at 01:00 UTC', () => {
    const [day] = dayBuckets('Europe/Paris', '2026-10-25', '2026-10-25')
    expect(day && [iso(day.start), iso(day.end)]).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
    ])
    // Clocks go back from 03:00 CEST to 02:00 CET at 01:00 UTC.
    expect(offsetPieces('Europe/Paris', day?.start ?? 0, day?.end ?? 0)).toEqual([
      { offset: 2 * HOUR, until: Date.parse('2026-10-25T01:00:00Z') },
      { offset: HOUR, until: Date.parse('2026-10-25T23:00:00Z') },
    ])
  })

  it('makes the Paris spring switch a 23-hour day', () => {
    const [day] = dayBuckets('Europe/Paris', '2026-03-29', '2026-03-29')
    expect(day && [iso(day.start), iso(day.end)]).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ])
    expect(offsetPieces('Europe/Paris', day?.start ?? 0, day?.end ?? 0)).toEqual([
      { offset: HOUR, until: Date.parse('2026-03-29T01:00:00Z') },
      { offset: 2 * HOUR, until: Date.parse('2026-03-29T22:00:00Z') },
    ])
    // A month without a switch is one piece.
    const nov = dayBuckets('Europe/Paris', '2026-11-01', '2026-11-30')
    expect(offsetPieces('Europe/Paris', nov[0]?.start ?? 0, nov[29]?.end ?? 0)).toHaveLength(1)
  })

  it('handles half-hour zones and midnight in UTC', () => {
    expect(iso(localToUtc('Asia/Kolkata', Date.UTC(2026, 10, 9)))).toBe('2026-11-08T18:30:00.000Z')
    expect(iso(localToUtc('UTC', Date.UTC(2026, 10, 9)))).toBe('2026-11-09T00:00:00.000Z')
  })
})

describe('report query', () => {
  it('resolves the comparison periods', () => {
    const q = resolveReportQuery({ from: '2026-11-01', to: '2026-11-30', tz: 'Asia/Ho_Chi_Minh' })
    expect(q.previous).toMatchObject({ from: '2026-10-02', to: '2026-10-31' })
    expect(q.lastWeek).toBeNull()
    expect(q.current.endMs - q.current.startMs).toBe(30 * 24 * HOUR)
    const day = resolveReportQuery({ from: '2026-03-01', to: '2026-03-01' })
    expect(day.query.tz).toBe('UTC')
    expect(day.previous).toMatchObject({ from: '2026-02-28', to: '2026-02-28' })
    expect(day.lastWeek).toMatchObject({ from: '2026-02-22', to: '2026-02-22' })
  })

  it.each([
    [{ to: '2026-11-01' }, 'from is required'],
    [{ from: '2026-11-31', to: '2026-12-01' }, 'from must be a date YYYY-MM-DD, got "2026-11-31"'],
    [{ from: '2026-11-02', to: '2026-11-01' }, 'must not be before'],
    [{ from: '2024-01-01', to: '2026-01-01' }, 'at most 366'],
    [{ from: '2026-11-01', to: '2026-11-01', tz: 'Mars/Olympus' }, 'tz must be an IANA time zone'],
    [{ from: '2026-11-01', to: '2026-11-01', agent: 'a b' }, 'agent must be an id'],
    [{ from: ['2026-11-01', '2026-11-02'], to: '2026-11-01' }, 'from must be given once'],
  ])('refuses %j with a reason', (raw, reason) => {
    expect(() => resolveReportQuery(raw)).toThrow(ReportQueryError)
    expect(() => resolveReportQuery(raw)).toThrow(reason)
  })
})
