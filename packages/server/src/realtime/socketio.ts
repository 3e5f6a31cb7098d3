import type { FastifyInstance } from 'fastify'
import { Server } from 'socket.io'
import { cookieValue, readSession, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Store } from '../db/store.ts'
import type { Router } from '../routing/router.ts'
import type { createEngine, Outlet, Role, Session } from './engine.ts'
import type { Hub } from './hub.ts'
import { rooms } from './rooms.ts'

type Engine = ReturnType<typeof createEngine>

/** What a visitor's socket carries for the live visitors list (see `Outlet.presence`). */
export interface LivePresence {
  visitorId: string
  /** The site whose page this is (the connection's `hello`). */
  siteId: string
  url: string
  title: string
  /** When this connection first reported a page (epoch ms). */
  since: number
  /** When it reported the current one. */
  at: number
}

export const NAMESPACES: Record<string, Role> = { '/': 'visitor', '/agent': 'agent' }

/** socket.io on the app's HTTP server, at `/socket.io`; closed before the app closes. */
export function createSocketServer(app: FastifyInstance): Server {
  const io = new Server(app.server, {
    path: '/socket.io',
    serveClient: false,
    // The widget runs on customers' sites: any origin, no cookies (the token is in `hello`).
    // The agent namespace checks the origin itself (see `authenticateAgents`).
    cors: { origin: '*' },
    // Largest frame: 4,000 characters of text plus attachment metadata, well under this.
    maxHttpBufferSize: 100_000,
  })
  app.addHook('preClose', async () => {
    // Clients reconnect at once (the console after 250 ms); a long-poll accepted now would
    // hold the close for its whole ping interval. Refuse new handshakes from here on.
    io.engine.opts.allowRequest = (_request, callback) => callback('The server is stopping.', false)
    for (const nsp of Object.keys(NAMESPACES)) io.of(nsp).local.disconnectSockets(true)
    io.engine.close()
  })
  return io
}

/**
 * The `/agent` namespace takes the console's session cookie. A browser sends cookies to
 * any site's WebSocket, so a cookie from another origin is ignored (cross-site WebSocket
 * hijacking): the Origin must be this server's (or CHAO_PUBLIC_URL's).
 */
export function authenticateAgents(io: Server, store: Store, publicUrl: string | undefined): void {
  io.of('/agent').use(async (socket, next) => {
    const { headers } = socket.handshake
    const origin = headers.origin
    const sameOrigin =
      origin === undefined ||
      origin === publicUrl ||
      (typeof headers.host === 'string' && new URL(origin).host === headers.host)
    const id = cookieValue(headers.cookie, SESSION_COOKIE)
    if (sameOrigin && id !== undefined) {
      const found = await readSession(store, id).catch(() => undefined)
      if (found !== undefined) socket.data.agent = found.agent
    }
    next()
  })
}

/**
 * One socket.io event per frame type, the frame as payload. Frames of one socket are
 * handled one after another, so the store sees them in the order they were sent.
 */
export function serveSocketio(io: Server, engine: Engine, hub: Hub, router: Router): void {
  for (const [name, role] of Object.entries(NAMESPACES)) {
    io.of(name).on('connection', (socket) => {
      const session: Session = { role, greeted: false }
      const agent = socket.data.agent
      let queue = Promise.resolve()
      if (role === 'agent' && agent !== undefined) {
        session.agent = agent
        queue = router.connected(agent, socket.id).catch(() => {})
        socket.on('disconnect', () => {
          queue = queue.then(() => router.disconnected(agent, socket.id)).catch(() => {})
        })
      }
      if (role === 'visitor') {
        socket.on('disconnect', () => {
          const live = socket.data.live as LivePresence | undefined
          if (live) hub.publish([rooms.agents], { type: 'visitors:changed', siteId: live.siteId })
        })
      }
      const out: Outlet = {
        reply: (frame) => socket.emit(frame.type, frame),
        publish: (rooms, frame, includeSelf) =>
          hub.publish(rooms, frame, includeSelf ? undefined : socket.id),
        join: (rooms) => {
          socket.join(rooms)
        },
        presence(page) {
          const { visitorId, siteId } = session
          if (visitorId === undefined || siteId === undefined) return
          const since = (socket.data.live as LivePresence | undefined)?.since ?? Date.now()
          socket.data.live = {
            visitorId,
            siteId,
            ...page,
            since,
            at: Date.now(),
          } satisfies LivePresence
          socket.join(rooms.live(siteId))
          // The consoles' Live visitors reload on this instead of polling.
          hub.publish([rooms.agents], { type: 'visitors:changed', siteId })
        },
      }
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
