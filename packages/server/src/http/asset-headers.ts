import { basename, extname } from 'node:path'

/** For files whose URL changes whenever their content does. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
/** For stable URLs such as the `chao.js` loader: short cache, then revalidate with the ETag. */
export const CACHE_REVALIDATE = 'public, max-age=300, must-revalidate'
/** For HTML and other files that must reflect edits at once (still revalidated by ETag). */
export const CACHE_NO_CACHE = 'no-cache'

// A bundler content hash after the last "-": `chat-BhX91kQa.js`, `index-D4x_a9-Q.css`.
const HASHED_NAME = /-([A-Za-z0-9_-]{8,})\.(?:js|mjs|css)(?:\.map)?$/
// Real hashes almost always hold a digit or a capital; requiring one keeps a stable name like
// `chao-embedded.js` from being cached for a year. A hash without one only loses the long cache.
const HASH_LIKE = /[A-Z0-9]/

/** True when the file name carries a content hash, so it may be cached forever. */
export function isHashedAssetName(filePath: string): boolean {
  const match = HASHED_NAME.exec(basename(filePath))
  return match?.[1] !== undefined && HASH_LIKE.test(match[1])
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
}

/** The Content-Type to send for a file, or undefined to keep the static server's guess. */
export function contentTypeFor(filePath: string): string | undefined {
  return CONTENT_TYPES[extname(filePath).toLowerCase()]
}
