import type { UploadMeta } from './files.ts'

// Limits on uploads, so repeated uploads cannot fill the disk: a rate per uploader and per
// client address, and a storage cap per site. Kept in memory per node (like the rest of
// the upload bookkeeping); the storage used is recounted from the disk at every sweep, so
// several nodes sharing one upload folder agree again within the hour (docs/server.md).

export interface UploadQuotaOptions {
  /** Uploads allowed per uploader (visitor or agent) per window; 5× that per address. */
  perWindow: number
  windowMs: number
  /** Bytes a site may keep in uploads. */
  siteMaxBytes: number
  clock?: () => number
}

/** Why an upload is refused, for the HTTP answer. */
export type QuotaRefusal =
  | { error: 'rate_limited'; retryAfterMs: number }
  | { error: 'storage_full'; usedBytes: number }

/** How many more uploads one client address may make than one uploader (shared NATs). */
export const ADDRESS_FACTOR = 5

export function createUploadQuota(options: UploadQuotaOptions) {
  const clock = options.clock ?? Date.now
  const attempts = new Map<string, number[]>()
  let used = new Map<string, number>()

  /** Times of `key`'s uploads still in the window (older ones are forgotten). */
  function recent(key: string, now: number): number[] {
    const times = (attempts.get(key) ?? []).filter((t) => t > now - options.windowMs)
    if (times.length === 0) attempts.delete(key)
    else attempts.set(key, times)
    return times
  }

  return {
    /**
     * Counts an upload attempt by `uploader` from `address`; a refusal when either is over
     * its rate (refused attempts are not counted, so waiting always helps).
     */
    attempt(uploader: string, address: string): QuotaRefusal | undefined {
      const now = clock()
      const checks = [
        [`u:${uploader}`, options.perWindow],
        [`a:${address}`, options.perWindow * ADDRESS_FACTOR],
      ] as const
      for (const [key, max] of checks) {
        const times = recent(key, now)
        if (times.length >= max) {
          return { error: 'rate_limited', retryAfterMs: (times[0] ?? now) + options.windowMs - now }
        }
      }
      for (const [key] of checks) attempts.set(key, [...recent(key, now), now])
      return undefined
    },
    /** A refusal when `bytes` more would take `site` over its storage cap. */
    room(site: string, bytes: number): QuotaRefusal | undefined {
      const usedBytes = used.get(site) ?? 0
      return usedBytes + bytes > options.siteMaxBytes
        ? { error: 'storage_full', usedBytes }
        : undefined
    },
    stored(meta: Pick<UploadMeta, 'siteId' | 'size'>): void {
      used.set(meta.siteId, (used.get(meta.siteId) ?? 0) + meta.size)
    },
    /** Sets the storage used per site from the files on disk (at start and every sweep). */
    recount(metas: readonly Pick<UploadMeta, 'siteId' | 'size'>[]): void {
      const next = new Map<string, number>()
      for (const meta of metas) next.set(meta.siteId, (next.get(meta.siteId) ?? 0) + meta.size)
      used = next
      // Forget uploaders whose window has passed, so the map does not grow without end.
      const now = clock()
      for (const key of [...attempts.keys()]) recent(key, now)
    },
    usedBytes: (site: string) => used.get(site) ?? 0,
  }
}
export type UploadQuota = ReturnType<typeof createUploadQuota>
