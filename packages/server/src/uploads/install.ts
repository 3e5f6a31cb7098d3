import type { FastifyInstance } from 'fastify'
import type { Store } from '../db/store.ts'
import type { Session } from '../realtime/engine.ts'
import { uploadRoutes } from '../routes/uploads.ts'
import { createUploadFiles } from './files.ts'
import { createUploadQuota } from './quota.ts'
import { scheduleSweeps } from './sweep.ts'

/** Uploads per uploader per window unless CHAO_UPLOAD_RATE says otherwise. */
export const DEFAULT_UPLOAD_RATE = 20
export const UPLOAD_RATE_WINDOW_MS = 10 * 60 * 1000
/** CHAO_UPLOAD_SITE_MAX_BYTES's default: 1 GiB per site. */
export const DEFAULT_UPLOAD_SITE_MAX_BYTES = 1024 * 1024 * 1024
/** CHAO_UPLOAD_UNATTACHED_MS's default: a day. */
export const DEFAULT_UPLOAD_UNATTACHED_MS = 24 * 60 * 60 * 1000

/** The upload settings of the configuration (docs/server.md → Uploads). */
export interface UploadSettings {
  /** CHAO_UPLOAD_DIR, CHAO_UPLOAD_MAX_BYTES, CHAO_UPLOAD_TYPES. */
  dir: string
  maxBytes: number
  types: readonly string[]
  /** CHAO_UPLOAD_RATE: uploads per visitor or agent per 10 minutes. */
  rate?: number
  /** CHAO_UPLOAD_SITE_MAX_BYTES. */
  siteMaxBytes?: number
  /** CHAO_UPLOAD_UNATTACHED_MS: files attached to nothing after this long are deleted. */
  unattachedMs?: number
  /** Tests inject time. */
  clock?: () => number
}

/** The upload routes with their limits, and the hourly sweep of unattached files. */
export async function installUploads(
  app: FastifyInstance,
  options: {
    store: Store
    publicUrl: string | undefined
    sessionFromToken(token: string): Promise<Session | undefined>
    uploads: UploadSettings
  },
): Promise<void> {
  const { uploads, store } = options
  const clock = uploads.clock ?? Date.now
  const files = createUploadFiles(uploads.dir, clock)
  const quota = createUploadQuota({
    perWindow: uploads.rate ?? DEFAULT_UPLOAD_RATE,
    windowMs: UPLOAD_RATE_WINDOW_MS,
    siteMaxBytes: uploads.siteMaxBytes ?? DEFAULT_UPLOAD_SITE_MAX_BYTES,
    clock,
  })
  await app.register(uploadRoutes, {
    prefix: '/api/v1',
    store,
    files,
    quota,
    maxBytes: uploads.maxBytes,
    types: uploads.types,
    publicUrl: options.publicUrl,
    sessionFromToken: options.sessionFromToken,
  })
  // Counted before the first upload is taken, so the cap holds from the start.
  quota.recount(await files.list())
  const stop = scheduleSweeps(
    {
      files,
      quota,
      clock,
      maxAgeMs: uploads.unattachedMs ?? DEFAULT_UPLOAD_UNATTACHED_MS,
      referencedSince: (since) => store.uploadIdsReferencedSince(since),
    },
    (error) => app.log.error({ err: error }, 'The upload sweep failed; it runs again in an hour.'),
  )
  app.addHook('onClose', async () => stop())
}
