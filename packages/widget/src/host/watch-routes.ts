type NavigationLike = EventTarget
type RoutesWindow = Window & { navigation?: NavigationLike }

/**
 * Calls `onChange` after each same-document navigation of a single-page app, without
 * polling: the Navigation API's `currententrychange` where the browser has it; elsewhere `popstate` plus a wrap of
 * `history.pushState`/`replaceState` (unwrapped again by the returned function if nobody
 * wrapped them after us).
 */
export function watchRoutes(win: RoutesWindow, onChange: () => void): () => void {
  const navigation = win.navigation
  if (navigation?.addEventListener) {
    // Fires for pushState/replaceState, back/forward and navigation.navigate() alike.
    navigation.addEventListener('currententrychange', onChange)
    return () => navigation.removeEventListener('currententrychange', onChange)
  }
  const history = win.history
  const originals = { pushState: history.pushState, replaceState: history.replaceState }
  const wrapped = {} as typeof originals
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = originals[name]
    wrapped[name] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args)
      onChange()
    }
    history[name] = wrapped[name]
  }
  win.addEventListener('popstate', onChange)
  return () => {
    win.removeEventListener('popstate', onChange)
    for (const name of ['pushState', 'replaceState'] as const) {
      if (history[name] === wrapped[name]) history[name] = originals[name]
    }
  }
}
