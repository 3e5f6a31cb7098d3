/**
 * The slice of the DOM the browser signals use. Core compiles without the DOM library (it runs
 * in Node), so these are structural: a real `window` fits, and so does a test double.
 */

/** The fields of the events we read; every one optional, as each event type has some. */
export interface BrowserEvent {
  clientY?: number
  movementY?: number
  relatedTarget?: unknown
  navigationType?: string
  destination?: { index: number }
}

export type BrowserListener = (event: BrowserEvent) => void

export interface ListenerOptions {
  passive?: boolean
  capture?: boolean
}

export interface BrowserEventTarget {
  addEventListener(type: string, listener: BrowserListener, options?: ListenerOptions): void
  removeEventListener(type: string, listener: BrowserListener, options?: ListenerOptions): void
}

export interface BrowserHistory {
  pushState(...args: never[]): void
  replaceState(...args: never[]): void
}

export interface BrowserNavigation extends BrowserEventTarget {
  currentEntry?: { index: number } | null
}

export interface BrowserMutationObserver {
  observe(target: unknown, options: Record<string, boolean>): void
  disconnect(): void
}

export interface BrowserDocument extends BrowserEventTarget {
  title: string
  referrer: string
  visibilityState: string
  head: unknown
  documentElement: { scrollHeight: number }
}

export interface BrowserWindow extends BrowserEventTarget {
  location: { href: string }
  document: BrowserDocument
  history: BrowserHistory
  navigator: { language?: string }
  scrollY: number
  innerHeight: number
  /** The Navigation API, where the browser has it. */
  navigation?: BrowserNavigation
  performance?: { timeOrigin?: number }
  matchMedia?(query: string): { matches: boolean }
  MutationObserver?: new (callback: () => void) => BrowserMutationObserver
}
