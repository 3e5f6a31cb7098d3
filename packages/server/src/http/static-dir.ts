import { statSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { CACHE_IMMUTABLE, contentTypeFor, isHashedAssetName } from './asset-headers.ts'

export interface StaticDirOptions {
  /** Absolute directory to serve. It may be missing: requests then fall through to 404. */
  root: string
  /** Cache-Control for files without a content hash in their name. */
  stableCache: string
  /** Register the `/*` route (false: only decorate `reply.sendFile`). */
  serve?: boolean
}

/**
 * Serves a directory under the current plugin's prefix with our content types and cache
 * policy: hashed file names are immutable, the rest use `stableCache` plus the ETag and
 * Last-Modified that the static server adds.
 */
export async function serveStaticDir(app: FastifyInstance, options: StaticDirOptions) {
  await app.register(fastifyStatic, {
    root: options.root,
    serve: options.serve ?? true,
    prefix: '/',
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    // The caller logs one actionable warning instead of the plugin's generic one.
    suppressWarning: true,
    setHeaders(reply, filePath) {
      const type = contentTypeFor(filePath)
      if (type !== undefined) reply.header('content-type', type)
      reply.header(
        'cache-control',
        isHashedAssetName(filePath) ? CACHE_IMMUTABLE : options.stableCache,
      )
    },
  })
}

/** Whether a directory to serve exists. Throws when the path exists but is not a directory. */
export function directoryExists(path: string, variable: string): boolean {
  let isDirectory: boolean
  try {
    isDirectory = statSync(path).isDirectory()
  } catch {
    return false
  }
  if (!isDirectory) throw new Error(`${variable} must be a directory, but ${path} is a file.`)
  return true
}
