/**
 * Whether the device has a network, as the browser knows it. The connector subscribes
 * only while it wants a connection (never at import), and tests inject their own.
 */
export interface NetworkSignal {
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void
  isOnline(): boolean
}

/** The window's online/offline events, or undefined outside a browser. */
export function browserNetwork(): NetworkSignal | undefined {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') {
    return undefined
  }
  return {
    isOnline: () => navigator.onLine !== false,
    subscribe(listener) {
      const online = () => listener(true)
      const offline = () => listener(false)
      window.addEventListener('online', online)
      window.addEventListener('offline', offline)
      return () => {
        window.removeEventListener('online', online)
        window.removeEventListener('offline', offline)
      }
    },
  }
}
