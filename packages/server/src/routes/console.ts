import { existsSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { CACHE_NO_CACHE } from '../http/asset-headers.ts'
import { sendError } from '../http/errors.ts'
import { serveStaticDir } from '../http/static-dir.ts'

export interface ConsoleRoutesOptions {
  /** CHAO_CONSOLE_DIR: the console's Vite build, with `index.html`. */
  dir: string
}

// The console only talks to this server; nobody may frame it (clickjacking).
const CONSOLE_CSP = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The agent console, registered under the `/console` prefix. Paths without a file extension
 * are client-side routes and get `index.html`; missing assets get a real 404.
 */
export const consoleRoutes: FastifyPluginAsync<ConsoleRoutesOptions> = async (app, { dir }) => {
  await serveStaticDir(app, { root: dir, stableCache: CACHE_NO_CACHE })

  const sendIndex = (reply: FastifyReply) => {
    if (!existsSync(join(dir, 'index.html'))) {
      return sendError(
        reply,
        404,
        'console_not_built',
        `The agent console is not built: run \`pnpm build\`. It is served from ${dir} (CHAO_CONSOLE_DIR).`,
      )
    }
    return reply.sendFile('/index.html')
  }

  app.addHook('onSend', async (_request, reply, payload) => {
    if (String(reply.getHeader('content-type')).startsWith('text/html')) {
      reply.header('content-security-policy', CONSOLE_CSP)
      reply.header('x-frame-options', 'DENY')
    }
    return payload
  })

  app.get('/', (_request, reply) => sendIndex(reply))

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    if ((request.method === 'GET' || request.method === 'HEAD') && extname(path) === '') {
      return sendIndex(reply)
    }
    return sendError(reply, 404, 'not_found', `No console file at ${path}.`)
  })
}
