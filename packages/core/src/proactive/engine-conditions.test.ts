import { atom } from 'nanostores'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createProactiveEngine } from './engine.ts'
import type { ProactiveEngineOptions } from './engine-types.ts'
import { createTestSignals, type PageInfo } from './signals.ts'
import type { ProactiveRule, ProactiveVisitor } from './types.ts'

// Every condition kind of issue 8, through the engine on injected signals and fake timers
// (conditions.test.ts checks each kind's evaluation alone; this, that the engine feeds it).

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0)
const AWAY = 31 * 60_000

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  }
}

function setup(
  rules: ProactiveRule[],
  options: Partial<ProactiveEngineOptions> & { page?: Partial<PageInfo> } = {},
) {
  const signals = createTestSignals({ url: 'https://shop.example/', ...options.page })
  const shown: string[] = []
  const engine = createProactiveEngine({
    rules,
    signals,
    storage: options.storage ?? memoryStorage(),
    maxPerSession: 10,
    onShow: (message) => shown.push(message.ruleId),
    ...options,
  })
  return { engine, signals, shown }
}

const rule = (id: string, conditions: ProactiveRule['conditions']) =>
  ({ id, conditions, message: { text: id }, limits: {} }) as ProactiveRule
/** Once per session, so a later page view shows the next rule that holds. */
const once = (r: ProactiveRule): ProactiveRule => ({ ...r, limits: { once: 'session' } })

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T0)
})
afterEach(() => vi.useRealTimers())

describe('page conditions', () => {
  test('path regex and glob, URL prefix, title: each holds on its page view only', () => {
    const rules = [
      rule('regex', { all: [{ path: { regex: '^/(vi|en)/pricing$' } }, { timeOnPage: 1 }] }),
      rule('glob', { all: [{ path: { glob: '/docs/**' } }, { timeOnPage: 1 }] }),
      rule('url', { all: [{ url: { prefix: 'https://shop.example/sale?' } }, { timeOnPage: 1 }] }),
      rule('title', { all: [{ title: { contains: 'Checkout' } }, { timeOnPage: 1 }] }),
    ]
    const { signals, shown } = setup(rules)
    // Each path is a new page view: the one-message-per-page-view cap never hides the next.
    const stay = (path: string, title = 'Shop') => {
      signals.navigate(path, title)
      vi.advanceTimersByTime(1_000)
    }
    stay('/de/pricing')
    stay('/docs')
    stay('/sale')
    expect(shown).toEqual([])
    stay('/en/pricing')
    stay('/docs/api/rules')
    stay('/sale?code=TET')
    stay('/cart', 'Checkout — step 1')
    expect(shown).toEqual(['regex', 'glob', 'url', 'title'])
  })
})

describe('time', () => {
  test('timeOnSite counts from the session start across page views', () => {
    const { signals, shown } = setup([rule('site', { timeOnSite: 60 })])
    vi.advanceTimersByTime(40_000)
    signals.navigate('/about')
    vi.advanceTimersByTime(19_999)
    expect(shown).toEqual([])
    vi.advanceTimersByTime(1)
    expect(shown).toEqual(['site'])
  })
})

describe('visit', () => {
  test('first visit, then returning with the visit count, in a later session', () => {
    const storage = memoryStorage()
    const rules = [
      rule('first', { returning: false }),
      rule('back', { all: [{ returning: true }, { visits: { min: 2, max: 2 } }] }),
    ]
    const first = setup(rules, { storage })
    vi.advanceTimersByTime(0)
    expect(first.shown).toEqual(['first'])
    first.engine.shutdown()
    vi.advanceTimersByTime(AWAY)
    const second = setup(rules, { storage })
    vi.advanceTimersByTime(0)
    expect(second.shown).toEqual(['back'])
  })

  test('referrer (a subdomain counts) and UTM from the landing page, for the whole session', () => {
    const rules = [
      once(rule('google', { referrer: 'google.com' })),
      once(rule('zalo', { utm: { source: 'zalo', campaign: ['tet', 'he'] } })),
      once(rule('direct', { not: { referrer: '*' } })),
    ]
    const { signals, shown } = setup(rules, {
      page: {
        url: 'https://shop.example/?utm_source=Zalo&utm_campaign=TET',
        referrer: 'https://www.google.com/search?q=ao+dai',
      },
    })
    vi.advanceTimersByTime(0)
    signals.navigate('/products') // the landing's UTM and referrer last the session
    vi.advanceTimersByTime(0)
    expect(shown).toEqual(['google', 'zalo'])
    const direct = setup(rules, { page: { url: 'https://shop.example/' } })
    vi.advanceTimersByTime(0)
    expect(direct.shown).toEqual(['direct'])
  })
})

describe('visitor', () => {
  test('attributes and segments, identified, language: re-evaluated when the visitor changes', () => {
    const visitor = atom<ProactiveVisitor>({ attributes: {}, language: 'en' })
    const rules = [
      once(
        rule('vip', {
          all: [
            { attribute: 'plan', op: 'in', value: ['vip', 'gold'] },
            { attribute: 'orders', op: 'gt', value: 2 },
            { identified: true },
          ],
        }),
      ),
      rule('vietnamese', { language: ['vi'] }),
    ]
    const { shown, signals } = setup(rules, { visitor })
    vi.advanceTimersByTime(5_000)
    expect(shown).toEqual([])
    visitor.set({ attributes: { plan: 'gold', orders: 3 }, language: 'en' })
    expect(shown).toEqual([])
    visitor.set({ attributes: { plan: 'gold', orders: 3 }, identified: true, language: 'en' })
    expect(shown).toEqual(['vip'])
    signals.navigate('/products')
    visitor.set({ ...visitor.get(), language: 'vi-VN' })
    expect(shown).toEqual(['vip', 'vietnamese'])
  })

  test("language falls back to the browser's", () => {
    const { shown } = setup([rule('vi', { language: 'vi' })], { page: { language: 'vi-VN' } })
    vi.advanceTimersByTime(0)
    expect(shown).toEqual(['vi'])
  })
})

describe('exit intent on touch screens', () => {
  test('a fast scroll up fires it as the pointer does on desktop', () => {
    const { signals, shown } = setup([rule('exit', { exitIntent: true })])
    vi.advanceTimersByTime(10_000)
    expect(shown).toEqual([])
    signals.exit('scroll')
    expect(shown).toEqual(['exit'])
  })
})
