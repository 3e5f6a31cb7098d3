import type { FastifyInstance } from 'fastify'

/**
 * Headers every response gets: no MIME sniffing anywhere, and on HTML pages a referrer policy
 * that sends only the origin to other sites (visitors' page paths can be private).
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff')
    if (String(reply.getHeader('content-type')).startsWith('text/html')) {
      reply.header('referrer-policy', 'strict-origin-when-cross-origin')
    }
    return payload
  })
}
