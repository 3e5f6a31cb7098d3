/** A tiny typed event emitter. `on` returns the function that removes the listener. */
export interface Emitter<Events extends { [K in keyof Events]: unknown[] }> {
  on<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): () => void
  emit<K extends keyof Events>(event: K, ...args: Events[K]): void
}

export function createEmitter<Events extends { [K in keyof Events]: unknown[] }>(
  onError: (error: unknown) => void = () => {},
): Emitter<Events> {
  const listeners: { [K in keyof Events]?: Set<(...args: Events[K]) => void> } = {}
  return {
    on(event, listener) {
      let set = listeners[event]
      if (!set) {
        set = new Set()
        listeners[event] = set
      }
      // Wrapped, so that the same function added twice is two listeners, removed one by one.
      const wrapped = (...args: Events[typeof event]) => listener(...args)
      set.add(wrapped)
      return () => set.delete(wrapped)
    },
    emit(event, ...args) {
      for (const listener of [...(listeners[event] ?? [])]) {
        // A throwing listener (the page's code) must not stop the chat or other listeners.
        try {
          listener(...args)
        } catch (error) {
          onError(error)
        }
      }
    },
  }
}
