/** A minimal typed event emitter; a throwing listener does not stop the others. */
export class Emitter<Events extends { [K in keyof Events]: (...args: never[]) => void }> {
  private readonly listeners: { [K in keyof Events]?: Set<Events[K]> } = {}

  on<K extends keyof Events>(event: K, listener: Events[K]): () => void {
    let set = this.listeners[event]
    if (set === undefined) {
      set = new Set()
      this.listeners[event] = set
    }
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }

  emit<K extends keyof Events>(event: K, ...args: Parameters<Events[K]>): void {
    for (const listener of [...(this.listeners[event] ?? [])]) {
      try {
        ;(listener as (...a: Parameters<Events[K]>) => void)(...args)
      } catch (error) {
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }
}
