// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createBrowserSignals } from './browser-signals.ts'
import type { BrowserEventTarget, BrowserWindow, ListenerOptions } from './browser-window.ts'
import { createProactiveEngine } from './engine.ts'
import type { ProactiveRule } from './types.ts'

// Core compiles without the DOM library: the few DOM constructors the tests need, typed here.
interface Dom {
  window: BrowserWindow & { dispatchEvent(event: unknown): void }
  document: BrowserWindow['document'] & { dispatchEvent(event: unknown): void }
  Event: new (type: string) => unknown
  MouseEvent: new (type: string, init: object) => unknown
  EventTarget: new () => BrowserEventTarget & { dispatchEvent(event: unknown): void }
}
const dom = globalThis as unknown as Dom

interface Entry {
  where: string
  type: string
  listener: unknown
  options: ListenerOptions | undefined
}

/** Wraps add/removeEventListener of each target so the test can count what is attached. */
function countListeners(targets: Record<string, BrowserEventTarget>) {
  const live: Entry[] = []
  const restore: (() => void)[] = []
  for (const [where, target] of Object.entries(targets)) {
    const { addEventListener: add, removeEventListener: remove } = target
    target.addEventListener = (type, listener, options) => {
      live.push({ where, type, listener, options })
      add.call(target, type, listener, options)
    }
    target.removeEventListener = (type, listener, options) => {
      const i = live.findIndex(
        (e) =>
          e.where === where &&
          e.type === type &&
          e.listener === listener &&
          !!e.options?.capture === !!options?.capture,
      )
      if (i >= 0) live.splice(i, 1)
      remove.call(target, type, listener, options)
    }
    restore.push(() => {
      target.addEventListener = add
      target.removeEventListener = remove
    })
  }
  return {
    live,
    names: () =>
      live.map((e) => `${e.where}:${e.type}${e.options?.capture ? '(capture)' : ''}`).sort(),
    restore: () => {
      for (const r of restore) r()
    },
  }
}

const rule = (id: string, conditions: ProactiveRule['conditions']): ProactiveRule => ({
  id,
  conditions,
  message: { text: id },
})

let counter: ReturnType<typeof countListeners>
const originalPushState = dom.window.history.pushState

function start(rules: ProactiveRule[], win: BrowserWindow = dom.window) {
  const shown: string[] = []
  const engine = createProactiveEngine({
    rules,
    signals: createBrowserSignals(win),
    onShow: (message) => shown.push(message.ruleId),
  })
  vi.advanceTimersByTime(0)
  return { engine, shown }
}

beforeEach(() => {
  vi.useFakeTimers()
  dom.window.history.replaceState(null as never, '' as never, '/' as never)
  counter = countListeners({ window: dom.window, document: dom.document })
})
afterEach(() => {
  counter.restore()
  vi.useRealTimers()
})

describe('listeners are attached only for what the rules need', () => {
  test('no rules: nothing at all', () => {
    const { engine } = start([])
    expect(counter.names()).toEqual([])
    expect(dom.window.history.pushState).toBe(originalPushState)
    engine.shutdown()
  })

  test('a time rule: navigation and visibility only, no scroll listener', () => {
    const { engine } = start([rule('t', { timeOnPage: 30 })])
    expect(counter.names()).toEqual(['document:visibilitychange', 'window:popstate'])
    expect(dom.window.history.pushState).not.toBe(originalPushState)
    expect(counter.live.every((e) => e.options?.passive === true)).toBe(true)
    engine.shutdown()
    expect(counter.names()).toEqual([])
    expect(dom.window.history.pushState).toBe(originalPushState)
  })

  test('scroll, exit intent and inactivity add their own, all passive, all removed', () => {
    const { engine } = start([
      rule('s', { scroll: 50 }),
      rule('e', { exitIntent: true }),
      rule('i', { inactive: 30 }),
    ])
    expect(counter.names()).toEqual([
      'document:mouseout',
      'document:visibilitychange',
      'window:keydown',
      'window:pointerdown',
      'window:pointermove',
      'window:popstate',
      'window:scroll',
      'window:scroll(capture)',
    ])
    expect(counter.live.every((e) => e.options?.passive === true)).toBe(true)
    engine.shutdown()
    expect(counter.live).toEqual([])
  })

  test('uses the Navigation API where there is one, without touching history', () => {
    const navigation = Object.assign(new dom.EventTarget(), { currentEntry: { index: 3 } })
    const win = Object.create(dom.window, { navigation: { value: navigation } }) as BrowserWindow
    const navCounter = countListeners({ navigation })
    const { engine } = start([rule('t', { timeOnPage: 30 })], win)
    expect(navCounter.names()).toEqual(['navigation:currententrychange'])
    expect(counter.names()).toEqual(['document:visibilitychange'])
    expect(dom.window.history.pushState).toBe(originalPushState)
    engine.shutdown()
    expect(navCounter.live).toEqual([])
    navCounter.restore()
  })

  test('a wrapper installed after ours survives shutdown', () => {
    const { engine } = start([rule('t', { timeOnPage: 30 })])
    const theirs = dom.window.history.pushState
    const wrapped = (...args: never[]) => theirs.apply(dom.window.history, args)
    dom.window.history.pushState = wrapped
    engine.shutdown()
    expect(dom.window.history.pushState).toBe(wrapped)
    dom.window.history.pushState = originalPushState
  })
})

describe('signals from the page', () => {
  test('"on /pricing after 10 s" through history.pushState', () => {
    const { engine, shown } = start([
      rule('pricing', { all: [{ path: { equals: '/pricing' } }, { timeOnPage: 10 }] }),
    ])
    vi.advanceTimersByTime(20_000)
    dom.window.history.pushState(null as never, '' as never, '/pricing' as never)
    vi.advanceTimersByTime(9_999)
    expect(shown).toEqual([])
    vi.advanceTimersByTime(1)
    expect(shown).toEqual(['pricing'])
    engine.shutdown()
  })

  test('popstate is a navigation', () => {
    const { engine, shown } = start([rule('a', { path: { equals: '/a' } })])
    dom.window.history.replaceState(null as never, '' as never, '/a' as never)
    expect(shown).toEqual(['a'])
    engine.shutdown()
  })

  test('desktop exit intent: the pointer leaves through the top edge', () => {
    const { engine, shown } = start([rule('exit', { exitIntent: true })])
    const leave = (clientY: number, relatedTarget: unknown = null) =>
      dom.document.dispatchEvent(new dom.MouseEvent('mouseout', { clientY, relatedTarget }))
    leave(300)
    leave(-2, dom.document.documentElement)
    expect(shown).toEqual([])
    leave(-2)
    expect(shown).toEqual(['exit'])
    engine.shutdown()
  })

  test('touch exit intent: a fast scroll up, or back', () => {
    let scrollY = 2000
    const win = Object.create(dom.window, {
      matchMedia: { value: (q: string) => ({ matches: q === '(pointer: coarse)' }) },
      scrollY: { get: () => scrollY },
    }) as BrowserWindow
    const up = start([rule('exit', { exitIntent: true })], win)
    scrollY = 1950
    dom.window.dispatchEvent(new dom.Event('scroll'))
    vi.advanceTimersByTime(100)
    scrollY = 1800
    dom.window.dispatchEvent(new dom.Event('scroll'))
    expect(up.shown).toEqual(['exit'])
    up.engine.shutdown()
    expect(counter.live).toEqual([])
  })

  test('touch exit intent: back in history (without the Navigation API)', () => {
    const win = Object.create(dom.window, {
      matchMedia: { value: () => ({ matches: true }) },
    }) as BrowserWindow
    const back = start(
      [rule('exit', { all: [{ exitIntent: true }, { path: { equals: '/' } }] })],
      win,
    )
    dom.window.history.pushState(null as never, '' as never, '/next' as never)
    dom.window.history.replaceState(null as never, '' as never, '/' as never)
    dom.window.dispatchEvent(new dom.Event('popstate'))
    expect(back.shown).toEqual(['exit'])
    back.engine.shutdown()
  })

  test('scroll depth', () => {
    let scrollY = 0
    const win = Object.create(dom.window, {
      scrollY: { get: () => scrollY },
      innerHeight: { value: 500 },
      document: {
        value: {
          title: '',
          referrer: '',
          visibilityState: 'visible',
          head: null,
          documentElement: { scrollHeight: 2000 },
          addEventListener: () => {},
          removeEventListener: () => {},
        },
      },
    }) as BrowserWindow
    const { engine, shown } = start([rule('half', { scroll: 50 })], win)
    scrollY = 400
    dom.window.dispatchEvent(new dom.Event('scroll'))
    expect(shown).toEqual([])
    scrollY = 600
    dom.window.dispatchEvent(new dom.Event('scroll'))
    expect(shown).toEqual(['half'])
    engine.shutdown()
  })

  test('title changes are observed', async () => {
    dom.document.title = 'Home'
    const { engine, shown } = start([rule('sale', { title: { contains: 'Sale' } })])
    dom.document.title = 'Big Sale'
    await vi.waitFor(() => expect(shown).toEqual(['sale']))
    engine.shutdown()
  })

  test('the title observer is disconnected by the cleanup', async () => {
    const emit = vi.fn()
    const stop = createBrowserSignals(dom.window).listen(new Set(['title']), emit)
    dom.document.title = 'One'
    await vi.waitFor(() => expect(emit).toHaveBeenCalledWith({ type: 'title' }))
    stop()
    dom.document.title = 'Two'
    await new Promise<void>((resolve) => queueMicrotask(resolve))
    expect(emit).toHaveBeenCalledOnce()
  })

  test('page() reads the window', () => {
    dom.document.title = 'Shop'
    expect(createBrowserSignals(dom.window).page()).toMatchObject({
      url: 'http://localhost:3000/',
      title: 'Shop',
      visible: true,
    })
  })
})
