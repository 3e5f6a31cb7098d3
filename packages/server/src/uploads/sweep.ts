import type { UploadFiles } from './files.ts'
import type { UploadQuota } from './quota.ts'

const CLOCK_MARGIN_MS = 60 * 60 * 1000

// Files uploaded but never attached to a message or a ticket (the visitor closed the page,
// the send failed, someone uploads to fill the disk) are deleted after a while. The sweep
// runs at start and then every hour.

export interface SweepOptions {
  files: Pick<UploadFiles, 'list' | 'remove'>
  quota?: Pick<UploadQuota, 'recount'>
  /** Ids of uploads referred to by messages or tickets created at or after `since`. */
  referencedSince(since: number): Promise<ReadonlySet<string>>
  /** A file not attached after this long is deleted (CHAO_UPLOAD_UNATTACHED_MS). */
  maxAgeMs: number
  clock?: () => number
}

/** One sweep: deletes unattached files older than `maxAgeMs`; the number deleted. */
export async function sweepUploads(options: SweepOptions): Promise<number> {
  const now = (options.clock ?? Date.now)()
  const metas = await options.files.list()
  const old = metas.filter((meta) => meta.createdAt <= now - options.maxAgeMs)
  let removed = 0
  if (old.length > 0) {
    // A message or ticket refers to a file only after its upload: look from the oldest one
    // (less a margin for clocks of several nodes that disagree).
    const since = Math.min(...old.map((meta) => meta.createdAt)) - CLOCK_MARGIN_MS
    const kept = await options.referencedSince(since)
    for (const meta of old) {
      if (kept.has(meta.id)) continue
      await options.files.remove(meta.id)
      removed++
    }
  }
  options.quota?.recount(removed === 0 ? metas : await options.files.list())
  return removed
}

export const SWEEP_EVERY_MS = 60 * 60 * 1000

/**
 * Sweeps now and every hour until the returned stop is called; errors go to `log` (a
 * failed sweep is retried at the next one).
 */
export function scheduleSweeps(options: SweepOptions, log: (error: unknown) => void): () => void {
  let running: Promise<unknown> = Promise.resolve()
  const run = () => {
    running = running.then(() => sweepUploads(options)).catch(log)
  }
  run()
  const timer = setInterval(run, SWEEP_EVERY_MS)
  timer.unref?.()
  return () => clearInterval(timer)
}
