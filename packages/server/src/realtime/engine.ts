import { randomUUID } from 'node:crypto'
import {
  AGENT_ONLY,
  type ClientFrame,
  type ClientFrameOf,
  type ClientFrameType,
  clientFrames,
  type ErrorCode,
  LIMITS,
  MAX_TEXT_LENGTH,
  minorOf,
  negotiateVersion,
  parseClientFrame,
  type ServerFrame,
  VISITOR_ONLY,
} from '@chao/protocol'
import type { FastifyBaseLogger } from 'fastify'
import type { AgentRecord } from '../db/agent-store.ts'
import type { ConversationRecord } from '../db/chat-store.ts'
import type { Store } from '../db/store.ts'
import type { Mailer } from '../mail/mailer.ts'
import type { Router } from '../routing/router.ts'
import { authenticate } from './authenticate.ts'
import { HANDOFF_TYPES, handleHandoffFrame } from './handoff-handlers.ts'
import type { IdentityPolicy } from './identity.ts'
import { submitRating } from './rating.ts'
import { rooms } from './rooms.ts'
import { type SendDeps, sendMessage } from './send-message.ts'
import { verifyVisitorToken } from './tokens.ts'
import { createVisitorUpdates } from './visitor-update.ts'

export type Role = 'visitor' | 'agent'

/** One connection's state: a socket.io socket, or an SSE stream plus its POSTs. */
export interface Session {
  role: Role
  greeted: boolean
  siteId?: string
  visitorId?: string
  version?: string
  /** The logged-in agent (from the session cookie of the socket.io handshake). */
  agent?: AgentRecord
}

/** Where the engine's output goes, per transport. */
export interface Outlet {
  /** To this connection only. */
  reply(frame: ServerFrame): void
  /** To every connection in the rooms but this one (this one too with `includeSelf`). */
  publish(rooms: string[], frame: ServerFrame, includeSelf?: boolean): void
  join(rooms: string[]): void
  /**
   * The visitor's current page, for the live visitors list: kept on the connection itself
   * (socket.io: `socket.data`, in the site's `live:` room), so every node sees it through
   * the adapter and it goes away with the connection. Absent for transports without it.
   */
  presence?(page: { url: string; title: string }): void
}

export interface EngineOptions {
  store: Store
  /** CHAO_SECRET, or undefined to use the one stored in the database. */
  secret: string | undefined
  /**
   * CHAO_AGENT_TOKEN: a service credential for integrations (no agent account, no routing
   * frames). Agents log in; their socket is authenticated by the session cookie.
   */
  agentToken: string | undefined
  log: FastifyBaseLogger
  router: Router
  mailer: Mailer
  identity: IdentityPolicy
  /** After an agent's message is stored (mails it to a visitor who left). */
  onAgentReply?: (conversation: ConversationRecord, seq: number) => Promise<void>
}

const ALL = Object.keys(clientFrames) as ClientFrameType[]
export const ACCEPTED: Record<Role, ClientFrameType[]> = {
  visitor: ALL.filter((type) => !AGENT_ONLY.includes(type)),
  agent: ALL.filter((type) => !VISITOR_ONLY.includes(type)),
}

export { rooms }

type Fail = (code: ErrorCode, message: string) => void

/** The protocol's semantics, the same over socket.io and HTTP+SSE (docs/protocol.md). */
export function createEngine(options: EngineOptions) {
  const { store } = options
  let secret: Promise<string> | undefined
  const getSecret = () => {
    secret ??=
      options.secret === undefined ? store.getOrCreateSecret() : Promise.resolve(options.secret)
    return secret
  }

  async function handle(session: Session, input: unknown, out: Outlet): Promise<void> {
    const parsed = parseClientFrame(input, ACCEPTED[session.role])
    if (!parsed.ok) {
      const { code, message, ref } = parsed.error
      return out.reply({ type: 'error', code, message, ...(ref === undefined ? {} : { ref }) })
    }
    const frame = parsed.frame
    const ref = 'clientId' in frame ? frame.clientId : frame.type
    const fail: Fail = (code, message) => out.reply({ type: 'error', code, message, ref })
    try {
      if (frame.type === 'hello') return await hello(session, frame, out, fail)
      if (!session.greeted) return fail('hello_required', 'Send hello first, then other frames.')
      await dispatch(session, frame, out, fail)
    } catch (error) {
      options.log.error({ err: error, frame: frame.type }, 'frame failed')
      fail('internal', 'The server failed to handle this frame; send it again later.')
    }
  }

  const authDeps = { store, agentToken: options.agentToken, getSecret }

  async function hello(session: Session, frame: ClientFrameOf<'hello'>, out: Outlet, fail: Fail) {
    if (session.greeted)
      return fail('invalid_frame', 'hello was already received on this connection.')
    const version = negotiateVersion(frame.v)
    if (!version.ok) return fail('version_unsupported', version.reason)
    if ((await store.getSite(frame.site)) === undefined) {
      return fail(
        'unknown_site',
        `No site "${frame.site}" on this server. Check the widget's site id.`,
      )
    }
    const who = await authenticate(authDeps, session, frame)
    if (!who.ok) return fail('unauthorized', who.message)
    const token = who.token
    out.join(who.rooms)
    if (session.role === 'visitor' && minorOf(version.version) >= 1) {
      out.join([rooms.push(session.visitorId as string)])
    }
    session.greeted = true
    session.siteId = frame.site
    session.version = version.version
    const open =
      session.visitorId === undefined
        ? undefined
        : await store.findOpenConversation(session.visitorId)
    out.reply({
      type: 'welcome',
      v: version.version,
      ...(session.visitorId === undefined || token === undefined
        ? {}
        : { visitorId: session.visitorId, token }),
      conversation:
        open === undefined ? null : { id: open.id, state: open.state, lastSeq: open.lastSeq },
      limits: { maxTextLength: MAX_TEXT_LENGTH },
    })
    if (session.role === 'agent') {
      // Agents learn every open conversation and its last seq; their connector asks to
      // `resume` those it has not seen to the end (one that began while it was away). Of
      // every site: agents are not tied to one (the console's hello names any known site).
      for (const c of await store.listOpenConversations(undefined, LIMITS.maxOpenListed)) {
        out.reply({
          type: 'conversation:state',
          conversationId: c.id,
          state: c.state,
          lastSeq: c.lastSeq,
        })
      }
    }
    // Rooms were joined first: a message stored meanwhile arrives live and replayed, and the
    // connector drops the copy by its seq. None is missed.
    for (const { conversationId, lastSeq } of frame.resume ?? []) {
      const conversation = await owned(session, conversationId, fail)
      if (conversation === undefined) continue
      for (const { seq, message } of await store.messagesAfter(
        conversationId,
        lastSeq,
        LIMITS.maxReplay,
      )) {
        out.reply({ type: 'message:new', conversationId, seq, message })
      }
    }
  }

  async function owned(
    session: Session,
    id: string,
    fail: Fail,
  ): Promise<ConversationRecord | undefined> {
    const conversation = await store.getConversation(id)
    if (conversation === undefined || conversation.siteId !== session.siteId) {
      fail('conversation_not_found', `No conversation ${id}.`)
      return undefined
    }
    if (session.role === 'visitor' && conversation.visitorId !== session.visitorId) {
      fail('forbidden', 'This conversation belongs to another visitor.')
      return undefined
    }
    return conversation
  }

  const roomsOf = (conversation: ConversationRecord) => [
    rooms.visitor(conversation.visitorId),
    rooms.agents,
  ]

  function announce(conversation: ConversationRecord, out: Outlet) {
    const frame: ServerFrame = {
      type: 'conversation:state',
      conversationId: conversation.id,
      state: conversation.state,
    }
    out.publish(roomsOf(conversation), frame, true)
  }

  const sendDeps: SendDeps = {
    store,
    roomsOf,
    announce,
    settle: () => options.router.settle(),
    ...(options.onAgentReply === undefined ? {} : { onAgentReply: options.onAgentReply }),
  }

  const handoffDeps = {
    store,
    router: options.router,
    mailer: options.mailer,
    identity: options.identity,
    log: options.log,
  }

  const visitorUpdate = createVisitorUpdates({ store })

  async function dispatch(session: Session, frame: ClientFrame, out: Outlet, fail: Fail) {
    if (HANDOFF_TYPES.has(frame.type)) {
      return handleHandoffFrame(handoffDeps, session, frame as never, out, fail)
    }
    switch (frame.type) {
      case 'resume': {
        const conversation = await owned(session, frame.conversationId, fail)
        if (conversation === undefined) return
        const { conversationId, lastSeq } = frame
        for (const { seq, message } of await store.messagesAfter(
          conversationId,
          lastSeq,
          LIMITS.maxReplay,
        )) {
          out.reply({ type: 'message:new', conversationId, seq, message })
        }
        return
      }
      case 'message:send':
        return sendMessage(sendDeps, session, frame, out, fail)
      case 'typing':
      case 'read': {
        const conversation = await owned(session, frame.conversationId, fail)
        if (conversation === undefined) return
        const by = session.role
        const conversationId = conversation.id
        const next: ServerFrame =
          frame.type === 'typing'
            ? { type: 'typing', conversationId, author: by, typing: frame.typing }
            : { type: 'read', conversationId, seq: Math.min(frame.seq, conversation.lastSeq), by }
        return out.publish(roomsOf(conversation), next)
      }
      case 'conversation:end': {
        const conversation = await owned(session, frame.conversationId, fail)
        if (
          conversation === undefined ||
          conversation.state === 'ended' ||
          conversation.state === 'rated'
        )
          return
        return options.router.end(conversation.id, session.agent ?? session.role)
      }
      case 'rating:submit':
        return submitRating({ store, announce }, session, frame, out, fail)
      case 'visitor:update':
        return visitorUpdate(session, frame, out, fail)
      case 'page:view': {
        const { url, title } = frame
        await store.addVisitorPage(session.visitorId as string, {
          url,
          title,
          viewedAt: Date.now(),
        })
        out.presence?.({ url, title })
        return
      }
      case 'proactive:send': {
        const push: ServerFrame = {
          type: 'proactive',
          id: randomUUID().replaceAll('-', ''),
          text: frame.text,
        }
        if (frame.quickReplies !== undefined) push.quickReplies = frame.quickReplies
        if (session.agent !== undefined) push.agentName = session.agent.name
        // Only visitors whose protocol has the frame (1.1+) joined the push room.
        return out.publish([rooms.push(frame.visitorId)], push)
      }
    }
  }

  /** The session a visitor token stands for, for stateless transports (HTTP POST). */
  async function sessionFromToken(token: string): Promise<Session | undefined> {
    const claims = verifyVisitorToken(await getSecret(), token)
    if (claims === undefined) return undefined
    return { role: 'visitor', greeted: true, siteId: claims.siteId, visitorId: claims.visitorId }
  }

  return { handle, sessionFromToken }
}
