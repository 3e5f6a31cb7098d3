/**
 * Where the connector keeps what must survive a reload: the outbox and the session (token,
 * conversation, last seen sequence numbers). `localStorage` fits as is; async stores
 * (IndexedDB, React Native's AsyncStorage) may return promises.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null | Promise<string | null>
  setItem(key: string, value: string): void | Promise<void>
  removeItem(key: string): void | Promise<void>
}

/** Keeps values in memory: nothing survives a reload. The default, and handy in tests. */
export function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value)
    },
    removeItem: (key) => {
      data.delete(key)
    },
  }
}

/** Reads JSON written by `writeJson`; anything unreadable counts as missing. */
export async function readJson<T>(storage: KeyValueStorage, key: string): Promise<T | undefined> {
  try {
    const text = await storage.getItem(key)
    return text === null ? undefined : (JSON.parse(text) as T)
  } catch {
    return undefined
  }
}

export function writeJson(storage: KeyValueStorage, key: string, value: unknown): void {
  // A full or blocked storage must not break sending: the message still goes out, it just
  // would not survive a reload.
  try {
    const done = storage.setItem(key, JSON.stringify(value))
    if (done instanceof Promise) done.catch(() => {})
  } catch {}
}
