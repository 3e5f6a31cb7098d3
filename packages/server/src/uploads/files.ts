import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** What is kept beside each uploaded file. */
export interface UploadMeta {
  id: string
  /** The file name as shown, cleaned (no path, no control characters). */
  name: string
  type: string
  size: number
  siteId: string
  /** Who uploaded it: a visitor or an agent. */
  owner: { visitorId: string } | { agentId: string }
  createdAt: number
}

/** Types a browser may show inline from our origin; every other type is a download. */
export const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])

// 128 random bits: the id is the capability to read the file (see docs/widget-attachments.md).
const ID = /^[A-Za-z0-9_-]{22}$/

/**
 * Uploaded files on disk: `<dir>/<id>` holds the bytes, `<dir>/<id>.json` the metadata.
 * Ids are random, so a URL cannot be guessed from another one.
 */
export function createUploadFiles(dir: string, clock: () => number = Date.now) {
  let made: Promise<unknown> | undefined
  return {
    async save(meta: Omit<UploadMeta, 'id' | 'createdAt'>, bytes: Buffer): Promise<UploadMeta> {
      made ??= mkdir(dir, { recursive: true })
      await made
      const full: UploadMeta = {
        ...meta,
        id: randomBytes(16).toString('base64url'),
        createdAt: clock(),
      }
      await writeFile(join(dir, full.id), bytes, { flag: 'wx' })
      await writeFile(join(dir, `${full.id}.json`), JSON.stringify(full), { flag: 'wx' })
      return full
    },
    /** The file and its metadata, or undefined for an unknown or malformed id. */
    async read(id: string): Promise<{ meta: UploadMeta; bytes: Buffer } | undefined> {
      if (!ID.test(id)) return undefined
      try {
        const meta = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')) as UploadMeta
        return { meta, bytes: await readFile(join(dir, id)) }
      } catch {
        return undefined
      }
    },
    /** Every stored file's metadata (unreadable entries are skipped). */
    async list(): Promise<UploadMeta[]> {
      const names = await readdir(dir).catch(() => [] as string[])
      const metas: UploadMeta[] = []
      for (const name of names) {
        const id = name.endsWith('.json') ? name.slice(0, -5) : ''
        if (!ID.test(id)) continue
        try {
          metas.push(JSON.parse(await readFile(join(dir, name), 'utf8')) as UploadMeta)
        } catch {
          // Being written or removed by another node: seen at the next sweep.
        }
      }
      return metas
    },
    /** Deletes a file, then its metadata: a removal cut short is listed, and redone, next time. */
    async remove(id: string): Promise<void> {
      if (!ID.test(id)) return
      await rm(join(dir, id), { force: true })
      await rm(join(dir, `${id}.json`), { force: true })
    },
  }
}
export type UploadFiles = ReturnType<typeof createUploadFiles>

/**
 * A file name safe to show and to put in a header: the last path segment, without control
 * or bidi characters, at most 200 characters; `file` when nothing is left.
 */
export function cleanName(raw: string): string {
  const last = raw.split(/[/\\]/).pop() ?? ''
  const clean = last
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200)
  return clean === '' ? 'file' : clean
}

const MAGIC: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) =>
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/gif': (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')),
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP',
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
}

/**
 * Whether the bytes look like `type`. Checked for the types we know the signature of, so a
 * page of HTML cannot pass as an image; other allowed types are always served as downloads.
 */
export function looksLike(type: string, bytes: Buffer): boolean {
  const check = MAGIC[type]
  return check === undefined || check(bytes)
}

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function disposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_')
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
