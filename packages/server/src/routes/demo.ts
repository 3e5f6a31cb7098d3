import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyPluginAsync } from 'fastify'
import { CACHE_NO_CACHE } from '../http/asset-headers.ts'
import { sendError } from '../http/errors.ts'
import { publicOrigin } from '../http/public-origin.ts'
import { serveStaticDir } from '../http/static-dir.ts'

export interface DemoRoutesOptions {
  /** CHAO_DEMO_DIR */
  dir: string
  /** CHAO_PUBLIC_URL */
  publicUrl: string | undefined
}

/** Written in the demo's HTML where the server's origin goes, e.g. the widget's script tag. */
export const SERVER_PLACEHOLDER = '%CHAO_SERVER%'

/**
 * The demo shop at `/`. HTML pages get `%CHAO_SERVER%` replaced by this server's origin,
 * so the embed snippet in them works on whatever host and port the server runs.
 */
export const demoRoutes: FastifyPluginAsync<DemoRoutesOptions> = async (app, options) => {
  await serveStaticDir(app, { root: options.dir, stableCache: CACHE_NO_CACHE, serve: false })

  app.get<{ Params: { '*': string } }>('/*', async (request, reply) => {
    const path = request.params['*']
    if (path !== '' && !path.endsWith('/') && !path.endsWith('.html')) {
      return reply.sendFile(`/${path}`)
    }
    const segments = `${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`.split('/')
    // No "..", no dotfiles, no backslashes: the page must come from inside the demo directory.
    if (segments.some((segment) => segment.startsWith('.') || /[\\\0]/.test(segment))) {
      return reply.callNotFound()
    }
    const origin = publicOrigin(options.publicUrl, request)
    if (origin === undefined) {
      return sendError(reply, 400, 'bad_host', 'The Host header is not a valid host name.')
    }
    let html: string
    try {
      html = await readFile(join(options.dir, ...segments), 'utf8')
    } catch {
      return reply.callNotFound()
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', CACHE_NO_CACHE)
      .send(html.replaceAll(SERVER_PLACEHOLDER, origin))
  })
}
