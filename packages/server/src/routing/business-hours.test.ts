import { describe, expect, it } from 'vitest'
import { checkHours, isOpen, nextOpening } from './business-hours.ts'

const hours = {
  timeZone: 'Asia/Ho_Chi_Minh',
  days: { mon: [['08:00', '17:30']] as [string, string][] },
}

describe('business hours', () => {
  it('are read in the department time zone', () => {
    // Monday 2026-01-05 01:30 UTC is 08:30 in Ho Chi Minh City (UTC+7): open.
    expect(isOpen(hours, Date.UTC(2026, 0, 5, 1, 30))).toBe(true)
    // Monday 00:30 UTC is 07:30 there: not yet.
    expect(isOpen(hours, Date.UTC(2026, 0, 5, 0, 30))).toBe(false)
    // Monday 10:30 UTC is 17:30 there: just closed.
    expect(isOpen(hours, Date.UTC(2026, 0, 5, 10, 30))).toBe(false)
    // Tuesday: no hours, closed.
    expect(isOpen(hours, Date.UTC(2026, 0, 6, 3, 0))).toBe(false)
    expect(isOpen(null, 0)).toBe(true)
  })

  it('know when they open next', () => {
    // Monday 18:00 in Ho Chi Minh City: next Monday 08:00 there (01:00 UTC).
    expect(nextOpening(hours, Date.UTC(2026, 0, 5, 11, 0))).toBe(Date.UTC(2026, 0, 12, 1, 0))
    expect(nextOpening({ timeZone: 'UTC', days: {} }, 0)).toBeUndefined()
  })

  it('follow daylight saving time', () => {
    const berlin = {
      timeZone: 'Europe/Berlin',
      days: { mon: [['09:00', '10:00']] as [string, string][] },
    }
    expect(isOpen(berlin, Date.UTC(2026, 0, 5, 8, 30))).toBe(true) // winter, UTC+1
    expect(isOpen(berlin, Date.UTC(2026, 6, 6, 7, 30))).toBe(true) // summer, UTC+2
    expect(isOpen(berlin, Date.UTC(2026, 6, 6, 8, 30))).toBe(false)
  })

  it('refuse bad settings with a reason', () => {
    expect(checkHours(hours)).toBeUndefined()
    expect(checkHours({ timeZone: 'Mars/Base', days: {} })).toMatch(/time zone/)
    expect(checkHours({ timeZone: 'UTC', days: { funday: [] } })).toMatch(/weekday/)
    expect(checkHours({ timeZone: 'UTC', days: { mon: [['18:00', '09:00']] } })).toMatch(
      /from before to/,
    )
  })
})
