import { type Listen, watchExitIntent } from './browser-exit.ts'
import { watchNavigation } from './browser-navigation.ts'
import type { BrowserWindow } from './browser-window.ts'
import type { PageInfo, ProactiveSignals, Signal, SignalNeed } from './signals.ts'

/** Calls `onChange` after each same-document navigation; returns the function that stops. */
export type WatchNavigation = (win: BrowserWindow, onChange: () => void) => () => void

/**
 * Signals from a real browser window. Nothing is attached until the engine asks, and then only
 * for the kinds its rules need: no scroll listener unless a rule reads scroll depth or exit
 * intent. Listeners are passive; the cleanup removes every one.
 */
export function createBrowserSignals(win: BrowserWindow): ProactiveSignals {
  return createBrowserSignalsWith(win, watchNavigation)
}

/**
 * `createBrowserSignals` with the navigation watcher given: a host that already watches the
 * page's routes (the widget does) passes its own, so the page's history is wrapped once.
 */
export function createBrowserSignalsWith(
  win: BrowserWindow,
  watchRoutes: WatchNavigation,
): ProactiveSignals {
  const { document: doc } = win

  const page = (): PageInfo => ({
    url: win.location.href,
    title: doc.title,
    referrer: doc.referrer,
    language: win.navigator.language ?? '',
    visible: doc.visibilityState !== 'hidden',
    since: win.performance?.timeOrigin,
  })

  function listen(needs: ReadonlySet<SignalNeed>, emit: (signal: Signal) => void): () => void {
    const cleanups: (() => void)[] = []
    const on: Listen = (target, type, listener, options = { passive: true }) => {
      target.addEventListener(type, listener, options)
      cleanups.push(() => target.removeEventListener(type, listener, options))
    }

    // Before navigation: a popstate "back" must be judged on the page being left.
    if (needs.has('exit')) {
      watchExitIntent(win, on, (via) => emit({ type: 'exit', via }), Date.now)
    }
    if (needs.has('navigation')) {
      cleanups.push(watchRoutes(win, () => emit({ type: 'navigate' })))
    }
    if (needs.has('visibility')) {
      on(doc, 'visibilitychange', () =>
        emit({ type: 'visibility', visible: doc.visibilityState !== 'hidden' }),
      )
    }
    if (needs.has('title') && win.MutationObserver && doc.head) {
      let title = doc.title
      const observer = new win.MutationObserver(() => {
        if (doc.title === title) return
        title = doc.title
        emit({ type: 'title' })
      })
      observer.observe(doc.head, { subtree: true, childList: true, characterData: true })
      cleanups.push(() => observer.disconnect())
    }
    if (needs.has('scroll')) {
      let last = -1
      on(win, 'scroll', () => {
        const height = doc.documentElement.scrollHeight
        const depth =
          height > 0 ? Math.min(100, ((win.scrollY + win.innerHeight) / height) * 100) : 0
        const rounded = Math.floor(depth)
        if (rounded === last) return
        last = rounded
        emit({ type: 'scroll', depth: rounded })
      })
    }
    if (needs.has('activity')) {
      const active = () => emit({ type: 'activity' })
      for (const type of ['pointermove', 'pointerdown', 'keydown']) on(win, type, active)
      // Capture: scrolling an inner panel is activity too, and scroll events don't bubble.
      on(win, 'scroll', active, { passive: true, capture: true })
    }

    return () => {
      for (const cleanup of cleanups.splice(0)) cleanup()
    }
  }

  return { page, listen }
}
