import type { BrowserHistory, BrowserWindow } from './browser-window.ts'

type Cleanup = () => void

const PASSIVE = { passive: true }

/**
 * Wraps pushState/replaceState so SPA navigations are seen without polling `location`. On
 * cleanup the originals come back, unless another script wrapped them after us: then our
 * wrapper stays in its chain but goes quiet.
 */
function patchHistory(history: BrowserHistory, onChange: () => void): Cleanup {
  const originals = { pushState: history.pushState, replaceState: history.replaceState }
  let active = true
  const wrappers = {} as typeof originals
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = originals[name]
    wrappers[name] = function (this: unknown, ...args: never[]) {
      const result = original.apply(this, args)
      if (active) onChange()
      return result
    }
    history[name] = wrappers[name]
  }
  return () => {
    active = false
    for (const name of ['pushState', 'replaceState'] as const) {
      if (history[name] === wrappers[name]) history[name] = originals[name]
    }
  }
}

/**
 * Calls `onChange` after every same-document navigation: the Navigation API's
 * `currententrychange` where the browser has it, else history methods plus `popstate`.
 */
export function watchNavigation(win: BrowserWindow, onChange: () => void): Cleanup {
  const { navigation } = win
  if (navigation) {
    navigation.addEventListener('currententrychange', onChange, PASSIVE)
    return () => navigation.removeEventListener('currententrychange', onChange, PASSIVE)
  }
  const unpatch = patchHistory(win.history, onChange)
  win.addEventListener('popstate', onChange, PASSIVE)
  return () => {
    unpatch()
    win.removeEventListener('popstate', onChange, PASSIVE)
  }
}
