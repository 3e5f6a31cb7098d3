import { useEffect, useState } from 'preact/hooks'

/**
 * What `load` resolves to (a lazy chunk's view, with the texts it shows), or null until it
 * has; `initial`: what an earlier mount loaded. Loads once `wanted` is true; a view
 * unmounted meanwhile is left alone.
 */
export function useLoaded<T>(load: () => Promise<T>, wanted = true, initial: T | null = null) {
  const [loaded, setLoaded] = useState(() => initial) // a function (a view) is no initializer
  useEffect(() => {
    if (loaded !== null || !wanted) return
    let live = true
    void load().then((value) => {
      if (live) setLoaded(() => value)
    })
    return () => {
      live = false
    }
  }, [wanted])
  return loaded
}
