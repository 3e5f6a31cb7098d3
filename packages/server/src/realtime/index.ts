import type { FastifyInstance } from 'fastify'
import type { Store } from '../db/store.ts'
import { publicOrigin } from '../http/public-origin.ts'
import type { Mailer } from '../mail/mailer.ts'
import { rateToken } from '../mail/rate-link.ts'
import { createVisitorMail } from '../mail/visitor-mail.ts'
import { liveVisitorRoutes } from '../routes/live-visitors.ts'
import { ratePageRoutes } from '../routes/rate-page.ts'
import { transcriptRoutes } from '../routes/transcript.ts'
import { createRouter, type Router } from '../routing/router.ts'
import { installUploads, type UploadSettings } from '../uploads/install.ts'
import { createEngine } from './engine.ts'
import { chatHttpRoutes } from './http-routes.ts'
import { Hub } from './hub.ts'
import type { IdentityPolicy } from './identity.ts'
import { rooms } from './rooms.ts'
import {
  authenticateAgents,
  createSocketServer,
  type LivePresence,
  serveSocketio,
} from './socketio.ts'

export interface RealtimeOptions {
  store: Store
  secret: string | undefined
  agentToken: string | undefined
  publicUrl: string | undefined
  mailer: Mailer
  identity: IdentityPolicy
  /** CHAO_AGENT_GRACE_MS. */
  graceMs: number
  /** CHAO_MAIL_BATCH_MS. */
  mailBatchMs: number
  /** CHAO_UPLOAD_* (docs/server.md → Uploads). */
  uploads: UploadSettings
}

/**
 * The chat protocol (docs/protocol.md) on the app: socket.io at `/socket.io` (namespaces
 * `/` for visitors, `/agent` for agents) and HTTP+SSE under `/api/v1/chat`. Returns the
 * router, which the agent API shares.
 */
export async function installRealtime(
  app: FastifyInstance,
  options: RealtimeOptions,
): Promise<Router> {
  const io = createSocketServer(app)
  const hub = new Hub(io)
  const interval = Math.min(Math.max(Math.min(options.graceMs, options.mailBatchMs) / 4, 50), 5000)
  const router = createRouter({
    store: options.store,
    hub,
    log: app.log,
    graceMs: options.graceMs,
    staleMs: Math.max(interval * 3, 15_000),
  })
  const mail = createVisitorMail({
    store: options.store,
    mailer: options.mailer,
    log: app.log,
    publicUrl: options.publicUrl,
    batchMs: options.mailBatchMs,
    // Present: a socket (on any node, through the adapter) or an SSE stream here.
    present: async (visitorId) =>
      hub.hasStream(rooms.visitor(visitorId)) ||
      (await io.of('/').in(rooms.visitor(visitorId)).fetchSockets()).length > 0,
  })
  const engine = createEngine({
    ...options,
    router,
    log: app.log,
    onAgentReply: (conversation, seq) => mail.agentReplied(conversation.id, seq),
  })
  authenticateAgents(io, options.store, options.publicUrl)
  serveSocketio(io, engine, hub, router)
  // Every node sweeps; the re-queue is one transaction, so two nodes never do it twice.
  const agents = io.of('/agent')
  const sweep = setInterval(
    () =>
      Promise.all([router.sweep([...agents.sockets.keys()]), mail.flush()]).catch(
        (error: unknown) => app.log.error({ err: error }, 'sweep failed'),
      ),
    interval,
  )
  sweep.unref()
  app.addHook('onClose', async () => clearInterval(sweep))
  await app.register(chatHttpRoutes, { prefix: '/api/v1/chat', engine, hub })
  await app.register(liveVisitorRoutes, {
    prefix: '/api/v1/visitors',
    store: options.store,
    presences: async (siteId) =>
      (await (siteId === undefined ? io.of('/') : io.of('/').in(rooms.live(siteId))).fetchSockets())
        .map((socket) => socket.data.live as LivePresence | undefined)
        .filter((live): live is LivePresence => live !== undefined),
  })
  const secret = () =>
    options.secret === undefined
      ? options.store.getOrCreateSecret()
      : Promise.resolve(options.secret)
  await app.register(transcriptRoutes, {
    prefix: '/api/v1/chat',
    store: options.store,
    mail,
    mailer: options.mailer,
    sessionFromToken: engine.sessionFromToken,
    rateLink: async (request, conversationId) => {
      const origin = publicOrigin(options.publicUrl, request)
      return origin && `${origin}/rate/${rateToken(await secret(), conversationId)}`
    },
  })
  await app.register(ratePageRoutes, {
    store: options.store,
    secret,
    // An open widget hides its own prompt for this conversation; consoles see it rated.
    onRated: ({ id, visitorId }) =>
      hub.publish([rooms.visitor(visitorId), rooms.agents], {
        type: 'conversation:state',
        conversationId: id,
        state: 'rated',
      }),
  })
  await installUploads(app, {
    store: options.store,
    publicUrl: options.publicUrl,
    sessionFromToken: engine.sessionFromToken,
    uploads: options.uploads,
  })
  return router
}
