/**
 * The page-facing event emitter of a widget. Not core's `createEmitter`: the loader and
 * the npm entry must not import @chao/core's runtime (nanostores would add a global).
 * A listener that throws is reported, never thrown into the widget.
 */
export function createEmitter<Events extends { [K in keyof Events]: unknown[] }>(
  onError: (error: unknown) => void,
) {
  const listeners = new Map<keyof Events, Set<(...args: never[]) => void>>()
  return {
    on<K extends keyof Events>(event: K, listener: (...args: Events[K]) => void): () => void {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      const wrapped = (...args: Events[K]) => listener(...args)
      set.add(wrapped as never)
      return () => void set.delete(wrapped as never)
    },
    emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        try {
          ;(listener as unknown as (...a: Events[K]) => void)(...args)
        } catch (error) {
          onError(error)
        }
      }
    },
  }
}
