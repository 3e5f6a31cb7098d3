import type { FastifyInstance } from 'fastify'
import type { Store } from '../db/store.ts'
import { createEngine } from './engine.ts'
import { chatHttpRoutes } from './http-routes.ts'
import { Hub } from './hub.ts'
import { createSocketServer, serveSocketio } from './socketio.ts'

export interface RealtimeOptions {
  store: Store
  secret: string | undefined
  agentToken: string | undefined
}

/**
 * The chat protocol (docs/protocol.md) on the app: socket.io at `/socket.io` (namespaces
 * `/` for visitors, `/agent` for agents) and HTTP+SSE under `/api/v1/chat`.
 */
export async function installRealtime(
  app: FastifyInstance,
  options: RealtimeOptions,
): Promise<void> {
  const engine = createEngine({ ...options, log: app.log })
  const io = createSocketServer(app)
  const hub = new Hub(io)
  serveSocketio(io, engine, hub)
  await app.register(chatHttpRoutes, { prefix: '/api/v1/chat', engine, hub })
}
