/**
 * The engine's view of the page. The engine never touches `window`: it asks `ProactiveSignals`
 * for the current page and to listen for exactly the signal kinds its rules need.
 */

export interface PageInfo {
  /** Full URL. */
  url: string
  title: string
  /** `document.referrer` of the first page load; empty when there is none. */
  referrer: string
  /** The browser's language (BCP 47), used when the visitor has no language of their own. */
  language: string
  visible: boolean
  /** When the first page view started (ms since the epoch), if earlier than the engine. */
  since?: number
}

/** A signal kind the browser must listen for. Time needs no listener: the engine sets timers. */
export type SignalNeed = 'navigation' | 'visibility' | 'title' | 'scroll' | 'activity' | 'exit'

export type ExitVia = 'pointer' | 'scroll' | 'back'

export type Signal =
  /** The URL may have changed (history, Navigation API, popstate). */
  | { type: 'navigate' }
  | { type: 'title' }
  | { type: 'visibility'; visible: boolean }
  /** Current scroll depth of the page, in percent. */
  | { type: 'scroll'; depth: number }
  /** Pointer, key or scroll activity. */
  | { type: 'activity' }
  | { type: 'exit'; via: ExitVia }

export interface ProactiveSignals {
  page(): PageInfo
  /**
   * Starts listening for `needs` only and returns the function that removes every listener it
   * added. Called again (after that cleanup) when the needs change.
   */
  listen(needs: ReadonlySet<SignalNeed>, emit: (signal: Signal) => void): () => void
}

export interface TestSignals extends ProactiveSignals {
  /** The needs of the current `listen` call; empty when nothing listens. */
  readonly needs: ReadonlySet<SignalNeed>
  /** Changes the URL (and title) and emits `navigate`, as a router would. */
  navigate(url: string, title?: string): void
  setTitle(title: string): void
  setVisible(visible: boolean): void
  scroll(depth: number): void
  activity(): void
  exit(via?: ExitVia): void
}

/**
 * Signals driven by hand, for tests and for non-browser hosts. Emitting a kind nobody listens
 * for is dropped, exactly as a browser without that listener would never report it.
 */
export function createTestSignals(initial: Partial<PageInfo> = {}): TestSignals {
  let page: PageInfo = {
    url: 'https://shop.example/',
    title: '',
    referrer: '',
    language: 'en',
    visible: true,
    ...initial,
  }
  let needs: ReadonlySet<SignalNeed> = new Set()
  let emit: ((signal: Signal) => void) | null = null

  const send = (need: SignalNeed, signal: Signal) => {
    if (emit && needs.has(need)) emit(signal)
  }

  return {
    get needs() {
      return needs
    },
    page: () => page,
    listen(next, sink) {
      needs = new Set(next)
      emit = sink
      return () => {
        needs = new Set()
        emit = null
      }
    },
    navigate(url, title = page.title) {
      page = { ...page, url: new URL(url, page.url).href, title }
      send('navigation', { type: 'navigate' })
    },
    setTitle(title) {
      page = { ...page, title }
      send('title', { type: 'title' })
    },
    setVisible(visible) {
      page = { ...page, visible }
      send('visibility', { type: 'visibility', visible })
    },
    scroll: (depth) => send('scroll', { type: 'scroll', depth }),
    activity: () => send('activity', { type: 'activity' }),
    exit: (via = 'pointer') => send('exit', { type: 'exit', via }),
  }
}
