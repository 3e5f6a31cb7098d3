import type { FastifyPluginAsync } from 'fastify'
import { CACHE_REVALIDATE } from '../http/asset-headers.ts'
import { sendError } from '../http/errors.ts'
import { serveStaticDir } from '../http/static-dir.ts'

export interface WidgetRoutesOptions {
  /** CHAO_WIDGET_DIR: the widget's CDN build (`chao.js`, `chunks/…`). */
  dir: string
}

/**
 * `/widget/*`: the script-tag bundle. Registered under the `/widget` prefix.
 * Any origin may load it: the loader pulls its chunks with dynamic `import()`, which is a
 * CORS request when the page is on another origin.
 */
export const widgetRoutes: FastifyPluginAsync<WidgetRoutesOptions> = async (app, options) => {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*')
    reply.header('cross-origin-resource-policy', 'cross-origin')
  })
  await serveStaticDir(app, { root: options.dir, stableCache: CACHE_REVALIDATE })
  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      404,
      'not_found',
      `No widget file at ${request.url}. If the widget was never built, run \`pnpm build\`; ` +
        `files are served from ${options.dir} (CHAO_WIDGET_DIR).`,
    ),
  )
}
