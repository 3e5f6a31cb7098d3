/**
 * A read-only store with the nanostores shape (`get`, `subscribe` calling at once, `listen`
 * calling on changes only), so `@nanostores/preact` and friends can read it, without the
 * dependency.
 */
export interface ReadableStore<T> {
  get(): T
  subscribe(listener: (value: T) => void): () => void
  listen(listener: (value: T) => void): () => void
}

export interface WritableStore<T> extends ReadableStore<T> {
  set(value: T): void
}

export function store<T>(initial: T): WritableStore<T> {
  let value = initial
  const listeners = new Set<(value: T) => void>()
  const listen = (listener: (value: T) => void) => {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return
      value = next
      for (const listener of [...listeners]) listener(value)
    },
    listen,
    subscribe(listener) {
      const off = listen(listener)
      listener(value)
      return off
    },
  }
}
