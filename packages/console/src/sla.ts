/** First-response target: a waiting chat's clock turns red after this long. */
export const SLA_MS = 5 * 60 * 1000

/** `m:ss` (or `h:mm:ss`) since `from`. */
export function elapsed(from: number, now: number): string {
  const total = Math.max(0, Math.floor((now - from) / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** The waiting clock of a conversation without a first agent reply, or undefined. */
export function slaClock(
  c: { queuedAt: number | null; firstResponseAt: number | null; state: string },
  now: number,
): { text: string; breached: boolean } | undefined {
  if (c.queuedAt === null || c.firstResponseAt !== null) return undefined
  if (c.state !== 'queued' && c.state !== 'assigned') return undefined
  return { text: elapsed(c.queuedAt, now), breached: now - c.queuedAt >= SLA_MS }
}

/** Canned responses whose shortcut starts with what follows the `/` the draft begins with. */
export function cannedMatches<T extends { shortcut: string }>(draft: string, canned: T[]): T[] {
  const match = /^\/([a-z0-9_-]*)$/i.exec(draft)
  if (match === null) return []
  const prefix = (match[1] ?? '').toLowerCase()
  return canned.filter((c) => c.shortcut.startsWith(prefix)).slice(0, 8)
}
