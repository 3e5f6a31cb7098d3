import type { ReadableAtom } from 'nanostores'
import { useEffect, useState } from 'preact/hooks'

/**
 * The current value of a nanostores store, re-rendering on change. `subscribe` calls back
 * at once with the latest value, which covers changes between render and effect.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(() => store.get())
  useEffect(() => store.subscribe((next) => setValue(() => next)), [store])
  return value
}
