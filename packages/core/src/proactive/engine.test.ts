import { atom } from 'nanostores'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createProactiveEngine } from './engine.ts'
import type { ProactiveEngineOptions } from './engine-types.ts'
import { createTestSignals, type PageInfo } from './signals.ts'
import type { ProactiveEvent, ProactiveMessage, ProactiveRule } from './types.ts'

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0)

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  }
}

function setup(
  rules: ProactiveRule[],
  options: Partial<ProactiveEngineOptions> & { page?: Partial<PageInfo> } = {},
) {
  const signals = createTestSignals({ url: 'https://shop.example/', ...options.page })
  const shown: ProactiveMessage[] = []
  const events: ProactiveEvent[] = []
  const storage = options.storage ?? memoryStorage()
  const engine = createProactiveEngine({
    rules,
    signals,
    storage,
    onShow: (message) => shown.push(message),
    record: (event) => events.push(event),
    ...options,
  })
  const ids = () => shown.map((m) => m.ruleId)
  return { engine, signals, shown, events, storage, ids }
}

const rule = (
  id: string,
  conditions: ProactiveRule['conditions'],
  extra: Partial<ProactiveRule> = {},
) => ({ id, conditions, message: { text: `Hi from ${id}` }, ...extra }) as ProactiveRule

const pricing = rule('pricing-help', {
  all: [{ path: { equals: '/pricing' } }, { timeOnPage: 10 }],
})

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T0)
})
afterEach(() => vi.useRealTimers())

describe('"on /pricing after 10 s"', () => {
  test('fires on /pricing after exactly 10 s, and only there', () => {
    const { signals, ids } = setup([pricing], { page: { url: 'https://shop.example/blog' } })
    vi.advanceTimersByTime(30_000)
    expect(ids()).toEqual([])
    signals.navigate('/pricing')
    vi.advanceTimersByTime(9_999)
    expect(ids()).toEqual([])
    vi.advanceTimersByTime(1)
    expect(ids()).toEqual(['pricing-help'])
  })

  test('a navigation resets the page timer', () => {
    const { signals, ids } = setup([pricing], { page: { url: 'https://shop.example/pricing' } })
    vi.advanceTimersByTime(8_000)
    signals.navigate('/features')
    vi.advanceTimersByTime(1_000)
    signals.navigate('/pricing')
    vi.advanceTimersByTime(9_000)
    expect(ids()).toEqual([])
    vi.advanceTimersByTime(1_000)
    expect(ids()).toEqual(['pricing-help'])
  })

  test('a fragment change is the same page view; a hash route is a new one', () => {
    const { signals, ids } = setup([pricing], { page: { url: 'https://shop.example/pricing' } })
    vi.advanceTimersByTime(6_000)
    signals.navigate('/pricing#faq')
    vi.advanceTimersByTime(4_000)
    expect(ids()).toEqual(['pricing-help'])
  })

  test('not twice in a session, also across page loads', () => {
    const storage = memoryStorage()
    const first = setup([pricing], { storage, page: { url: 'https://shop.example/pricing' } })
    vi.advanceTimersByTime(10_000)
    first.signals.navigate('/')
    first.signals.navigate('/pricing')
    vi.advanceTimersByTime(60_000)
    expect(first.ids()).toEqual(['pricing-help'])
    first.engine.shutdown()
    const reload = setup([pricing], { storage, page: { url: 'https://shop.example/pricing' } })
    vi.advanceTimersByTime(60_000)
    expect(reload.ids()).toEqual([])
  })

  test('shows again in a new session (after 30 min away), unless dismissed', () => {
    const storage = memoryStorage()
    const first = setup([pricing], { storage, page: { url: 'https://shop.example/pricing' } })
    vi.advanceTimersByTime(10_000)
    first.engine.shutdown()
    vi.advanceTimersByTime(31 * 60_000)
    const later = setup([pricing], { storage, page: { url: 'https://shop.example/pricing' } })
    vi.advanceTimersByTime(10_000)
    expect(later.ids()).toEqual(['pricing-help'])
    later.engine.dismiss('pricing-help')
    later.engine.shutdown()
    vi.advanceTimersByTime(31 * 60_000)
    const afterDismissal = setup([pricing], {
      storage,
      page: { url: 'https://shop.example/pricing' },
    })
    vi.advanceTimersByTime(60_000)
    expect(afterDismissal.ids()).toEqual([])
  })
})

describe('signals', () => {
  test('exit intent fires only at the moment of the signal', () => {
    const exit = rule('stay', { all: [{ exitIntent: true }, { path: { prefix: '/cart' } }] })
    const { signals, ids } = setup([exit], { page: { url: 'https://shop.example/' } })
    vi.advanceTimersByTime(0)
    signals.exit('pointer')
    expect(ids()).toEqual([])
    signals.navigate('/cart')
    expect(ids()).toEqual([])
    signals.exit('back')
    expect(ids()).toEqual(['stay'])
  })

  test('track("cart_abandoned") triggers its rule, props must match', () => {
    const cart = rule('cart', { event: 'cart_abandoned', props: { step: 'payment' } })
    const { engine, ids } = setup([cart])
    vi.advanceTimersByTime(5_000)
    engine.track('cart_abandoned', { step: 'shipping' })
    engine.track('other')
    expect(ids()).toEqual([])
    engine.track('cart_abandoned', { step: 'payment', total: 30 })
    expect(ids()).toEqual(['cart'])
  })

  test('an event "within N s" expires, and a later condition still sees a recent one', () => {
    const cart = rule('cart', {
      all: [{ event: 'viewed_item', within: 20 }, { timeOnPage: 30 }],
    })
    const late = setup([cart])
    late.engine.track('viewed_item')
    vi.advanceTimersByTime(30_000)
    expect(late.ids()).toEqual([])
    late.engine.shutdown()

    const recent = setup([cart], { storage: memoryStorage() })
    vi.advanceTimersByTime(15_000)
    recent.engine.track('viewed_item')
    vi.advanceTimersByTime(15_000)
    expect(recent.ids()).toEqual(['cart'])
  })

  test('events belong to the page view', () => {
    const cart = rule('cart', { all: [{ event: 'added' }, { path: { equals: '/cart' } }] })
    const { engine, signals, ids } = setup([cart])
    engine.track('added')
    signals.navigate('/cart')
    expect(ids()).toEqual([])
  })

  test('scroll depth is the deepest point of this page view', () => {
    const deep = rule('deep', { scroll: 70 })
    const { signals, ids } = setup([deep])
    signals.scroll(50)
    signals.scroll(69)
    expect(ids()).toEqual([])
    signals.scroll(75)
    expect(ids()).toEqual(['deep'])
  })

  test('inactivity: N s without activity, activity moves the deadline', () => {
    const idle = rule('idle', { inactive: 20 })
    const { signals, ids } = setup([idle])
    vi.advanceTimersByTime(15_000)
    signals.activity()
    vi.advanceTimersByTime(19_999)
    expect(ids()).toEqual([])
    vi.advanceTimersByTime(1)
    expect(ids()).toEqual(['idle'])
  })

  test('"not inactive" turns true when activity resumes after a pause', () => {
    const back = rule('back', { all: [{ timeOnPage: 5 }, { not: { inactive: 5 } }] })
    const { signals, ids } = setup([back])
    vi.advanceTimersByTime(12_000)
    expect(ids()).toEqual([])
    signals.activity()
    expect(ids()).toEqual(['back'])
  })

  test('title changes are seen', () => {
    const sale = rule('sale', { title: { contains: 'Sale' } })
    const { signals, ids } = setup([sale])
    vi.advanceTimersByTime(0)
    signals.setTitle('Summer Sale')
    expect(ids()).toEqual(['sale'])
  })

  test('nothing shows in a hidden tab; it shows on return', () => {
    const { signals, ids } = setup([rule('r', { timeOnPage: 10 })])
    vi.advanceTimersByTime(5_000)
    signals.setVisible(false)
    vi.advanceTimersByTime(20_000)
    expect(ids()).toEqual([])
    signals.setVisible(true)
    expect(ids()).toEqual(['r'])
  })

  test('visitor, team and chat stores re-evaluate when they change', () => {
    const $visitor = atom({ attributes: { plan: 'free' } })
    const $team = atom<{ businessHours: boolean; agentsOnline: number } | null>(null)
    const $chatActive = atom(true)
    const vip = rule('vip', {
      all: [{ attribute: 'plan', op: 'eq', value: 'vip' }, { agentsOnline: true }],
    })
    const { ids } = setup([vip], { visitor: $visitor, $team, $chatActive })
    vi.advanceTimersByTime(0)
    $visitor.set({ attributes: { plan: 'vip' } })
    $team.set({ businessHours: true, agentsOnline: 2 })
    expect(ids()).toEqual([])
    $chatActive.set(false)
    expect(ids()).toEqual(['vip'])
  })
})

describe('message', () => {
  test('onShow gets the rendered message in the visitor language', () => {
    const welcome = rule(
      'welcome',
      { returning: false },
      {
        message: {
          text: { vi: 'Chào {{name|bạn}}!', en: 'Hello {{name|there}}!' },
          quickReplies: [{ label: { vi: 'Có', en: 'Yes' } }],
          link: { title: 'Pricing', url: '/pricing' },
          sender: { type: 'agent', name: 'Lan' },
        },
        delivery: { mode: 'open', sound: true },
      },
    )
    const { shown } = setup([welcome], { visitor: { language: 'vi-VN', attributes: {} } })
    vi.advanceTimersByTime(0)
    expect(shown).toEqual([
      {
        ruleId: 'welcome',
        text: 'Chào bạn!',
        quickReplies: [{ label: 'Có' }],
        link: { title: 'Pricing', url: '/pricing' },
        sender: { type: 'agent', name: 'Lan' },
        delivery: 'open',
        sound: true,
      },
    ])
  })
})

describe('analytics and actions', () => {
  test('records shown, clicked, replied and dismissed once each', () => {
    const { engine, events } = setup([rule('r', { timeOnPage: 0 })])
    vi.advanceTimersByTime(0)
    engine.click('r')
    engine.click('r')
    engine.replied('r')
    engine.dismiss('r')
    engine.dismiss('r')
    engine.click('unknown')
    expect(events).toEqual([
      { type: 'shown', ruleId: 'r', at: T0, url: 'https://shop.example/' },
      { type: 'clicked', ruleId: 'r', at: T0, url: 'https://shop.example/' },
      { type: 'replied', ruleId: 'r', at: T0, url: 'https://shop.example/' },
      { type: 'dismissed', ruleId: 'r', at: T0, url: 'https://shop.example/' },
    ])
  })

  test('onShow never runs before createProactiveEngine returns', () => {
    const onShow = vi.fn()
    createProactiveEngine({
      rules: [rule('r', { timeOnPage: 0 })],
      signals: createTestSignals(),
      onShow,
    })
    expect(onShow).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(onShow).toHaveBeenCalledOnce()
  })

  test('setRules swaps the rules; bad ones go to onRuleError', () => {
    const onRuleError = vi.fn()
    const { engine, ids } = setup([], { onRuleError })
    engine.setRules([rule('ok', { timeOnPage: 1 }), { id: 'bad' } as unknown as ProactiveRule])
    expect(onRuleError).toHaveBeenCalledWith([
      expect.objectContaining({ index: 1, id: 'bad', field: 'conditions' }),
      expect.objectContaining({ index: 1, id: 'bad', field: 'message' }),
    ])
    vi.advanceTimersByTime(1_000)
    expect(ids()).toEqual(['ok'])
  })

  test('shutdown stops timers, listeners and subscriptions', () => {
    const $visitor = atom({})
    const { engine, signals, ids } = setup(
      [rule('r', { scroll: 10 }), rule('t', { timeOnPage: 5 })],
      {
        visitor: $visitor,
      },
    )
    expect(signals.needs.size).toBeGreaterThan(0)
    engine.shutdown()
    expect(signals.needs.size).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
    expect($visitor.lc).toBe(0)
    vi.advanceTimersByTime(10_000)
    engine.track('x')
    expect(ids()).toEqual([])
  })
})
