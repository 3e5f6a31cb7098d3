import { describe, expect, it } from 'vitest'
import { cannedMatches, elapsed, SLA_MS, slaClock } from './sla.ts'

describe('SLA clock', () => {
  it('counts the wait until the first reply and turns red after 5 minutes', () => {
    const c = { queuedAt: 0, firstResponseAt: null, state: 'queued' }
    expect(slaClock(c, 61_000)).toEqual({ text: '1:01', breached: false })
    expect(slaClock(c, SLA_MS)).toEqual({ text: '5:00', breached: true })
    expect(slaClock({ ...c, firstResponseAt: 10 }, SLA_MS)).toBeUndefined()
    expect(elapsed(0, 3_723_000)).toBe('1:02:03')
  })
})

describe('canned completion', () => {
  const canned = [{ shortcut: 'hello' }, { shortcut: 'help' }, { shortcut: 'refund' }]
  it('offers the responses whose shortcut starts with what follows /', () => {
    expect(cannedMatches('/he', canned).map((c) => c.shortcut)).toEqual(['hello', 'help'])
    expect(cannedMatches('/', canned)).toHaveLength(3)
    expect(cannedMatches('hello', canned)).toEqual([])
    expect(cannedMatches('/he there', canned)).toEqual([])
  })
})
