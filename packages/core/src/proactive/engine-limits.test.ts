import { atom } from 'nanostores'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createProactiveEngine } from './engine.ts'
import type { ProactiveEngineOptions } from './engine-types.ts'
import { createTestSignals } from './signals.ts'
import type { ProactiveRule } from './types.ts'
import type { ProactiveStorage } from './visitor-state.ts'

const MIN = 60_000
const DAY = 24 * 60 * MIN

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  }
}

function setup(rules: ProactiveRule[], options: Partial<ProactiveEngineOptions> = {}) {
  const signals = createTestSignals({ url: 'https://shop.example/' })
  const shown: string[] = []
  const engine = createProactiveEngine({
    rules,
    signals,
    onShow: (message) => shown.push(message.ruleId),
    ...options,
  })
  vi.advanceTimersByTime(0)
  return { engine, signals, shown }
}

const rule = (id: string, extra: Partial<ProactiveRule> = {}): ProactiveRule => ({
  id,
  conditions: { timeOnPage: 0 },
  message: { text: id },
  ...extra,
})

/** A new page load of the same visitor, `gap` ms after the previous one ended. */
function reload(rules: ProactiveRule[], storage: ProactiveStorage, gap: number) {
  vi.advanceTimersByTime(gap)
  return setup(rules, { storage })
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(Date.UTC(2026, 0, 5, 9))
})
afterEach(() => vi.useRealTimers())

describe('per-rule limits', () => {
  test('once per visitor survives sessions', () => {
    const storage = memoryStorage()
    const rules = [rule('r', { limits: { once: 'visitor' } })]
    expect(setup(rules, { storage }).shown).toEqual(['r'])
    expect(reload(rules, storage, 40 * MIN).shown).toEqual([])
    expect(reload(rules, storage, 40 * DAY).shown).toEqual([])
  })

  test('once per session is the default', () => {
    const storage = memoryStorage()
    const rules = [rule('r')]
    expect(setup(rules, { storage }).shown).toEqual(['r'])
    expect(reload(rules, storage, 5 * MIN).shown).toEqual([])
    expect(reload(rules, storage, 31 * MIN).shown).toEqual(['r'])
  })

  test('every N days', () => {
    const storage = memoryStorage()
    const rules = [rule('r', { limits: { everyDays: 2 } })]
    expect(setup(rules, { storage }).shown).toEqual(['r'])
    expect(reload(rules, storage, DAY).shown).toEqual([])
    expect(reload(rules, storage, DAY).shown).toEqual(['r'])
  })

  test('empty limits leave only the global caps', () => {
    const { signals, shown } = setup([rule('r', { limits: {} })])
    signals.navigate('/a')
    vi.advanceTimersByTime(0)
    expect(shown).toEqual(['r', 'r'])
  })

  test('a dismissed rule never shows again; others still do', () => {
    const storage = memoryStorage()
    const rules = [rule('a', { limits: {}, priority: 1 }), rule('b', { limits: {} })]
    const first = setup(rules, { storage })
    first.engine.dismiss('a')
    expect(reload(rules, storage, 40 * MIN).shown).toEqual(['b'])
    expect(reload(rules, storage, 40 * DAY).shown).toEqual(['b'])
  })

  test('a disabled rule never fires', () => {
    expect(setup([rule('off', { enabled: false })]).shown).toEqual([])
  })
})

describe('global caps and priority', () => {
  test('the highest priority wins; ties go to the earlier rule', () => {
    const rules = [rule('low'), rule('high', { priority: 5 }), rule('high-too', { priority: 5 })]
    expect(setup(rules).shown).toEqual(['high'])
  })

  test('at most one per page view', () => {
    const { engine, signals, shown } = setup([rule('a'), rule('b', { conditions: { event: 'x' } })])
    engine.track('x')
    expect(shown).toEqual(['a'])
    signals.navigate('/next')
    engine.track('x')
    expect(shown).toEqual(['a', 'b'])
  })

  test('at most 2 per session by default, then nothing until a new session', () => {
    const storage = memoryStorage()
    const rules = ['a', 'b', 'c'].map((id) => rule(id))
    const page = setup(rules, { storage })
    page.signals.navigate('/2')
    page.signals.navigate('/3')
    expect(page.shown).toEqual(['a', 'b'])
    expect(reload(rules, storage, MIN).shown).toEqual([])
    expect(reload(rules, storage, 31 * MIN).shown).toEqual(['a'])
  })

  test('maxPerSession is an option', () => {
    const { signals, shown } = setup([rule('a'), rule('b')], { maxPerSession: 1 })
    signals.navigate('/2')
    expect(shown).toEqual(['a'])
  })

  test('never during an active chat with an agent', () => {
    const $chatActive = atom(true)
    const { shown } = setup([rule('a')], { $chatActive })
    vi.advanceTimersByTime(MIN)
    expect(shown).toEqual([])
  })

  test('two tabs share the session cap through storage', () => {
    const storage = memoryStorage()
    const rules = [rule('a'), rule('b', { conditions: { event: 'go' } })]
    const tabA = setup(rules, { storage })
    const tabB = setup([rule('c', { conditions: { event: 'go' } })], { storage })
    expect([tabA.shown, tabB.shown]).toEqual([['a'], []])
    tabA.signals.navigate('/x')
    tabA.engine.track('go')
    expect(tabA.shown).toEqual(['a', 'b'])
    tabB.engine.track('go')
    expect(tabB.shown).toEqual([])
  })
})

describe('storage', () => {
  test('keeps working in memory when storage throws', () => {
    const storage = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    }
    const { engine, signals, shown } = setup([rule('a', { limits: {} })], { storage })
    engine.dismiss('a')
    signals.navigate('/2')
    expect(shown).toEqual(['a'])
  })

  test('persists only the declared records under one key', () => {
    const storage = memoryStorage()
    const { engine } = setup([rule('a')], { storage })
    engine.dismiss('a')
    expect([...storage.data.keys()]).toEqual(['chao:proactive'])
    expect(JSON.parse(storage.data.get('chao:proactive') ?? '')).toEqual({
      v: 1,
      visits: 1,
      lastVisit: Date.now(),
      seen: { a: Date.now() },
      dismissed: { a: Date.now() },
      session: { start: Date.now(), shown: ['a'], referrer: '', utm: {} },
    })
  })
})

describe('listeners follow the rules that can still fire', () => {
  test('no listeners without rules; only the kinds the rules read', () => {
    expect(setup([]).signals.needs).toEqual(new Set())
    const { signals } = setup([rule('t', { conditions: { timeOnPage: 5 } })])
    expect(signals.needs).toEqual(new Set(['navigation', 'visibility']))
    const scroll = setup([
      rule('s', { conditions: { any: [{ scroll: 50 }, { exitIntent: true }] } }),
    ])
    expect(scroll.signals.needs).toEqual(new Set(['navigation', 'visibility', 'scroll', 'exit']))
  })

  test('a rule shown once per visitor, or dismissed, drops its listeners', () => {
    const { engine, signals } = setup([
      rule('once', { conditions: { scroll: 10 }, limits: { once: 'visitor' } }),
      rule('idle', { conditions: { inactive: 30 }, limits: {} }),
    ])
    signals.scroll(20)
    expect(signals.needs.has('scroll')).toBe(false)
    expect(signals.needs.has('activity')).toBe(true)
    signals.navigate('/2')
    vi.advanceTimersByTime(30_000)
    engine.dismiss('idle')
    // Nothing left that could fire: nothing listens at all.
    expect(signals.needs).toEqual(new Set())
  })
})
