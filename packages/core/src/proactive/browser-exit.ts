import type { BrowserEvent, BrowserWindow, ListenerOptions } from './browser-window.ts'
import type { ExitVia } from './signals.ts'

export type Listen = (
  target: BrowserWindow | BrowserWindow['document'] | NonNullable<BrowserWindow['navigation']>,
  type: string,
  listener: (event: BrowserEvent) => void,
  options?: ListenerOptions,
) => void

/** A scroll up at least this far within this time is a "fast scroll-up" on touch screens. */
const FAST_UP_PX = 120
const FAST_UP_MS = 300

/**
 * Exit intent. Desktop: the pointer leaves the page through the top edge, moving up (towards
 * the tabs and the close button). Touch screens: a fast scroll up, or going back in history.
 * Trapping the back button with a dummy history entry is deliberately not done.
 */
export function watchExitIntent(
  win: BrowserWindow,
  on: Listen,
  exit: (via: ExitVia) => void,
  now: () => number,
): void {
  const touch = win.matchMedia?.('(pointer: coarse)').matches ?? false
  if (!touch) {
    on(win.document, 'mouseout', (event) => {
      const leftTop = (event.clientY ?? 1) <= 0 && (event.movementY ?? 0) <= 0
      if (leftTop && !event.relatedTarget) exit('pointer')
    })
    return
  }
  let lastY = win.scrollY
  let start: { y: number; t: number } | null = null
  on(
    win,
    'scroll',
    () => {
      const y = win.scrollY
      const t = now()
      if (y >= lastY) start = null
      else if (start === null || t - start.t > FAST_UP_MS) start = { y: lastY, t }
      else if (start.y - y >= FAST_UP_PX) {
        start = null
        exit('scroll')
      }
      lastY = y
    },
    { passive: true },
  )
  const { navigation } = win
  if (navigation) {
    // Fires before the URL changes, so the rule is judged on the page being left.
    on(navigation, 'navigate', (event) => {
      const from = navigation.currentEntry?.index ?? 0
      if (event.navigationType === 'traverse' && (event.destination?.index ?? from) < from) {
        exit('back')
      }
    })
  } else {
    // Without the Navigation API, back and forward look alike; forward right after back is rare.
    on(win, 'popstate', () => exit('back'))
  }
}
