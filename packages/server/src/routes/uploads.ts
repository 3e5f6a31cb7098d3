import type { Attachment } from '@chao/protocol'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { guards } from '../auth/guard.ts'
import type { Store } from '../db/store.ts'
import { sendError } from '../http/errors.ts'
import { publicOrigin } from '../http/public-origin.ts'
import type { Session } from '../realtime/engine.ts'
import {
  cleanName,
  disposition,
  INLINE_TYPES,
  looksLike,
  type UploadFiles,
  type UploadMeta,
} from '../uploads/files.ts'
import type { QuotaRefusal, UploadQuota } from '../uploads/quota.ts'

export interface UploadRoutesOptions {
  store: Store
  files: UploadFiles
  /** CHAO_UPLOAD_MAX_BYTES. */
  maxBytes: number
  /** CHAO_UPLOAD_TYPES. */
  types: readonly string[]
  publicUrl: string | undefined
  sessionFromToken(token: string): Promise<Session | undefined>
  /** Rate per uploader and address, storage cap per site (CHAO_UPLOAD_RATE, …_SITE_MAX_BYTES). */
  quota: UploadQuota
}

/** The header carrying the file name (URI-encoded: header values are ASCII). */
export const FILENAME_HEADER = 'x-chao-filename'

// Visitors upload from the customer's site with a bearer token (never cookies), so any origin.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': `authorization, content-type, ${FILENAME_HEADER}`,
  'access-control-max-age': '86400',
}

declare module 'fastify' {
  interface FastifyRequest {
    uploader?: UploadMeta['owner']
  }
}

/**
 * Files under `/api/v1`: `POST /sites/:site/uploads` takes the raw bytes as the body, the
 * MIME type as `Content-Type` and the name in `X-Chao-Filename`; visitors authenticate with
 * their token as bearer, agents with their session and CSRF header. It answers the
 * attachment to put in a message. `GET /uploads/:id/:name` serves it back, never as
 * something that runs in our origin (docs/widget-attachments.md).
 */
export const uploadRoutes: FastifyPluginAsync<UploadRoutesOptions> = async (app, options) => {
  const { store, files, maxBytes, types } = options
  const { requireAgent } = guards(store)
  const limit = sizeText(maxBytes)

  // Raw bodies of any type, in this scope only.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) =>
    done(null, body),
  )

  /** Who uploads, checked before the body is read. */
  async function authenticate(
    request: FastifyRequest<{ Params: { site: string } }>,
    reply: FastifyReply,
  ) {
    reply.headers(CORS)
    const auth = request.headers.authorization
    if (auth?.startsWith('Bearer ')) {
      const session = await options.sessionFromToken(auth.slice(7))
      if (session?.visitorId === undefined) {
        return sendError(reply, 401, 'unauthorized', 'This visitor token is not valid.')
      }
      if (session.siteId !== request.params.site) {
        return sendError(reply, 403, 'forbidden', 'This visitor token is for another site.')
      }
      request.uploader = { visitorId: session.visitorId }
    } else {
      await requireAgent(request, reply)
      if (reply.sent) return reply
      request.uploader = { agentId: request.agent?.id as string }
    }
    const length = Number(request.headers['content-length'] ?? 0)
    if (length > maxBytes) {
      return sendError(reply, 413, 'file_too_large', `Files may be at most ${limit}.`)
    }
    const owner = request.uploader
    const who = 'visitorId' in owner ? `visitor:${owner.visitorId}` : `agent:${owner.agentId}`
    const refused = options.quota.attempt(who, request.ip)
    if (refused) return refuse(reply, refused)
  }

  app.options('/sites/:site/uploads', async (_request, reply) =>
    reply.code(204).headers(CORS).send(),
  )

  app.post<{ Params: { site: string } }>(
    '/sites/:site/uploads',
    { onRequest: authenticate, bodyLimit: maxBytes },
    async (request, reply) => {
      reply.headers(CORS)
      if ((await store.getSite(request.params.site)) === undefined) {
        return sendError(reply, 404, 'unknown_site', `No site "${request.params.site}".`)
      }
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim()
        .toLowerCase()
      if (type === undefined || !types.includes(type)) {
        return sendError(
          reply,
          415,
          'type_not_allowed',
          `Files of type "${type || 'unknown'}" are not accepted. Accepted: ${types.join(', ')}.`,
        )
      }
      let name: string
      try {
        name = cleanName(decodeURIComponent(String(request.headers[FILENAME_HEADER] ?? '')))
      } catch {
        return sendError(
          reply,
          400,
          'bad_filename',
          `Send the name URI-encoded in ${FILENAME_HEADER}.`,
        )
      }
      const bytes = request.body
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        return sendError(reply, 400, 'empty_file', 'The file is empty.')
      }
      if (!looksLike(type, bytes)) {
        return sendError(reply, 415, 'type_mismatch', `The file's content is not ${type}.`)
      }
      const origin = publicOrigin(options.publicUrl, request)
      if (origin === undefined) {
        return sendError(reply, 400, 'bad_host', 'The Host header is not a plain host name.')
      }
      const full = options.quota.room(request.params.site, bytes.length)
      if (full) return refuse(reply, full)
      const meta = await files.save(
        {
          name,
          type,
          size: bytes.length,
          siteId: request.params.site,
          owner: request.uploader as UploadMeta['owner'],
        },
        bytes,
      )
      options.quota.stored(meta)
      const base = `${origin}/api/v1/uploads/${meta.id}`
      const named = `${base}/${encodeURIComponent(name)}`
      const attachment: Attachment = {
        name,
        type,
        size: meta.size,
        url: named.length <= 2000 ? named : base,
      }
      return reply.code(201).send(attachment)
    },
  )

  const serve = async (
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
  ) => {
    const found = await files.read(request.params.id)
    if (found === undefined) return sendError(reply, 404, 'upload_not_found', 'No such file.')
    const { meta, bytes } = found
    const inline = INLINE_TYPES.has(meta.type)
    return reply
      .headers({
        'content-type': servedType(meta.type),
        'content-disposition': disposition(inline ? 'inline' : 'attachment', meta.name),
        'content-security-policy':
          "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
        // The widget shows images on the customer's site, another origin.
        'cross-origin-resource-policy': 'cross-origin',
        'cache-control': 'private, max-age=86400, immutable',
      })
      .send(bytes)
  }
  app.get<{ Params: { id: string } }>('/uploads/:id', serve)
  app.get<{ Params: { id: string; name: string } }>('/uploads/:id/:name', serve)
}

/** 429 with Retry-After, or 507 when the site's uploads fill their storage cap. */
function refuse(reply: FastifyReply, refusal: QuotaRefusal) {
  if (refusal.error === 'rate_limited') {
    const seconds = Math.max(1, Math.ceil(refusal.retryAfterMs / 1000))
    reply.header('retry-after', String(seconds))
    return sendError(
      reply,
      429,
      'rate_limited',
      `Too many files in a short time. Try again in ${seconds} seconds.`,
    )
  }
  return sendError(
    reply,
    507,
    'storage_full',
    'This site has no room for more files. Ask the site owner to raise CHAO_UPLOAD_SITE_MAX_BYTES.',
  )
}

/** Images and PDFs keep their type (inline or downloaded); anything else is opaque bytes. */
function servedType(type: string): string {
  if (INLINE_TYPES.has(type) || type === 'application/pdf') return type
  return type === 'text/plain' ? 'text/plain; charset=utf-8' : 'application/octet-stream'
}

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 102.4) / 10} KB`
  return `${Math.round(bytes / 104857.6) / 10} MB`
}
