import type { ReadableAtom } from 'nanostores'
import { useEffect, useState } from 'preact/hooks'

/** A store's value in a component, re-rendering on change. */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(store.get())
  useEffect(() => store.subscribe(setValue), [store])
  return value
}

/** The current time, ticking every second while mounted (SLA clocks). */
export function useNow(): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}
