import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../db/store.ts'

export interface HealthRoutesOptions {
  store: Store
  version: string
}

export interface HealthResponse {
  status: 'ok' | 'error'
  version: string
  db: 'ok' | 'error'
}

/** `GET /healthz` for load balancers and the e2e harness: 503 when the database fails. */
export const healthRoutes: FastifyPluginAsync<HealthRoutesOptions> = async (app, options) => {
  app.get('/healthz', async (request, reply) => {
    let db: HealthResponse['db'] = 'ok'
    try {
      await options.store.ping()
    } catch (error) {
      request.log.error({ err: error }, 'health check: the database did not answer')
      db = 'error'
    }
    const body: HealthResponse = {
      status: db === 'ok' ? 'ok' : 'error',
      version: options.version,
      db,
    }
    return reply
      .code(db === 'ok' ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(body)
  })
}
