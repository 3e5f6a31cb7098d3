/** The part of `localStorage` / `sessionStorage` that persistence uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** An in-memory storage, for tests and for pages where Web Storage is blocked. */
export function memoryStorage(): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  }
}

/**
 * Everything the widget ever stores, declared (docs/widget-persistence.md lists it too).
 * `<key>` is the chat's `id` option, `chao` by default.
 */
export const PERSISTED_KEYS = {
  /** localStorage, shared by the site's tabs: see `DurableState` (messages, visitor…). */
  conversation: (key: string) => `${key}:conversation`,
  /** sessionStorage, this tab only: `1` while the chat window is open. */
  open: (key: string) => `${key}:open`,
  /** localStorage: ids of the last 50 conversations the post-chat survey asked about. */
  surveys: (key: string) => `${key}:surveys`,
} as const
