import { describe, expect, it } from 'vitest'
import {
  addDays,
  csvUrl,
  filtersFromSearch,
  filtersToSearch,
  isValidDate,
  resolveRange,
  todayIn,
  toReportQuery,
} from './report-filters.ts'

// 2026-11-25 20:30 UTC: already the 26th in Ho Chi Minh City (UTC+7), still the 25th in UTC.
const NOW = Date.UTC(2026, 10, 25, 20, 30)
const HCM = 'Asia/Ho_Chi_Minh'

describe('report filters', () => {
  it('knows what day it is in the chosen time zone', () => {
    expect(todayIn('UTC', NOW)).toBe('2026-11-25')
    expect(todayIn(HCM, NOW)).toBe('2026-11-26')
    expect(todayIn('America/Los_Angeles', NOW)).toBe('2026-11-25')
  })

  it('moves dates across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(isValidDate('2026-02-30')).toBe(false)
    expect(isValidDate('2026-2-3')).toBe(false)
  })

  it('resolves presets to inclusive dates ending today in the time zone', () => {
    const f = filtersFromSearch('?range=today', NOW, HCM)
    expect(resolveRange(f, NOW)).toEqual({ from: '2026-11-26', to: '2026-11-26' })
    expect(resolveRange({ ...f, range: '7d' }, NOW)).toEqual({
      from: '2026-11-20',
      to: '2026-11-26',
    })
    expect(resolveRange({ ...f, range: '30d', tz: 'UTC' }, NOW)).toEqual({
      from: '2026-10-27',
      to: '2026-11-25',
    })
  })

  it('defaults to the last 7 days in the browser time zone', () => {
    const f = filtersFromSearch('', NOW, HCM)
    expect(f).toMatchObject({ page: 'overview', range: '7d', tz: HCM, agent: '', department: '' })
    expect(toReportQuery(f, NOW)).toEqual({ from: '2026-11-20', to: '2026-11-26', tz: HCM })
  })

  it('round-trips a shared custom report through the URL', () => {
    const search =
      '?report=agents&range=custom&from=2026-11-02&to=2026-11-08&tz=UTC&department=sales&agent=a1&page=%2Fpricing'
    const f = filtersFromSearch(search, NOW, HCM)
    expect(f).toEqual({
      page: 'agents',
      range: 'custom',
      from: '2026-11-02',
      to: '2026-11-08',
      tz: 'UTC',
      department: 'sales',
      agent: 'a1',
      pagePrefix: '/pricing',
    })
    expect(filtersFromSearch(filtersToSearch(f, HCM), NOW, HCM)).toEqual(f)
    expect(toReportQuery(f, NOW)).toEqual({
      from: '2026-11-02',
      to: '2026-11-08',
      tz: 'UTC',
      department: 'sales',
      agent: 'a1',
      page: '/pricing',
    })
  })

  it('falls back to defaults for a malformed link instead of asking for a bad report', () => {
    const f = filtersFromSearch(
      '?report=nope&range=custom&from=2026-11-09&to=2026-11-01&tz=Mars/Base',
      NOW,
      'UTC',
    )
    expect(f).toMatchObject({
      page: 'overview',
      range: '7d',
      tz: 'UTC',
      from: '2026-11-19',
      to: '2026-11-25',
    })
  })

  it('links every CSV with the page filters', () => {
    const query = { from: '2026-11-02', to: '2026-11-08', tz: HCM, agent: 'a 1' }
    expect(csvUrl('agents', query)).toBe(
      '/api/v1/reports/agents.csv?from=2026-11-02&to=2026-11-08&tz=Asia%2FHo_Chi_Minh&agent=a+1',
    )
  })
})
