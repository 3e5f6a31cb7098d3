/**
 * Default message id source for one engine: a random per-engine prefix plus a counter, so
 * ids are unique across engines, tabs and reloads without module-level state.
 */
export function createIdGenerator(): () => string {
  const prefix =
    globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10)
  let counter = 0
  return () => `${prefix}-${(++counter).toString(36)}`
}
