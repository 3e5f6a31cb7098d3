import type { FastifyInstance } from 'fastify'
import { Server } from 'socket.io'
import type { createEngine, Outlet, Role, Session } from './engine.ts'
import type { Hub } from './hub.ts'

type Engine = ReturnType<typeof createEngine>

export const NAMESPACES: Record<string, Role> = { '/': 'visitor', '/agent': 'agent' }

/** socket.io on the app's HTTP server, at `/socket.io`; closed before the app closes. */
export function createSocketServer(app: FastifyInstance): Server {
  const io = new Server(app.server, {
    path: '/socket.io',
    serveClient: false,
    // The widget runs on customers' sites: any origin, no cookies (the token is in `hello`).
    cors: { origin: '*' },
    // Largest frame: 4,000 characters of text plus attachment metadata, well under this.
    maxHttpBufferSize: 100_000,
  })
  app.addHook('preClose', async () => {
    for (const nsp of Object.keys(NAMESPACES)) io.of(nsp).local.disconnectSockets(true)
    io.engine.close()
  })
  return io
}

/**
 * One socket.io event per frame type, the frame as payload. Frames of one socket are
 * handled one after another, so the store sees them in the order they were sent.
 */
export function serveSocketio(io: Server, engine: Engine, hub: Hub): void {
  for (const [name, role] of Object.entries(NAMESPACES)) {
    io.of(name).on('connection', (socket) => {
      const session: Session = { role, greeted: false }
      const out: Outlet = {
        reply: (frame) => socket.emit(frame.type, frame),
        publish: (rooms, frame, includeSelf) =>
          hub.publish(rooms, frame, includeSelf ? undefined : socket.id),
        join: (rooms) => {
          socket.join(rooms)
        },
      }
      let queue = Promise.resolve()
      socket.onAny((event: string, payload: unknown) => {
        // The event name is the frame type, whatever the payload claims.
        const frame =
          typeof payload === 'object' && payload !== null && !Array.isArray(payload)
            ? { ...payload, type: event }
            : payload
        queue = queue.then(() => engine.handle(session, frame, out))
      })
    })
  }
}
