import {
  AGENT_ONLY,
  type ClientFrame,
  type ClientFrameOf,
  type ClientFrameType,
  type ConversationState,
  clientFrames,
  MAX_TEXT_LENGTH,
  negotiateVersion,
  parseClientFrame,
  type ServerFrame,
  VISITOR_ONLY,
  type WireMessage,
} from '@chao/protocol'
import { createClientId } from '../client-id.ts'

type Role = 'visitor' | 'agent'

interface Conversation {
  id: string
  visitorId: string
  state: ConversationState
  messages: { seq: number; message: WireMessage }[]
  /** The `clientId` of the stored rating (1.3), so that a retry is acknowledged again. */
  ratedBy?: string
}

interface Peer {
  role: Role
  visitorId?: string
  deliver(frame: ServerFrame): void
}

export interface MemoryBackendOptions {
  /** Token agents present in `hello`; unset: no agent may connect. */
  agentToken?: string
  /** Sites accepted in `hello`; default any. */
  sites?: readonly string[]
}

/** One connection to the in-page backend. */
export interface MemoryConnection {
  receive(frame: unknown): void
  close(): void
}

export interface MemoryBackend {
  connect(role: Role, deliver: (frame: ServerFrame) => void): MemoryConnection
  /** Posts a message as an agent (for demos and tests). */
  agentSend(conversationId: string, text: string): void
  /** The messages of a conversation, in sequence order. */
  messages(conversationId: string): WireMessage[]
  conversationIds(): string[]
}

const ALL = Object.keys(clientFrames) as ClientFrameType[]
const FOR: Record<Role, ClientFrameType[]> = {
  visitor: ALL.filter((type) => !AGENT_ONLY.includes(type)),
  agent: ALL.filter((type) => !VISITOR_ONLY.includes(type)),
}

/**
 * An in-page backend with the reference server's semantics (store each client id once,
 * sequence numbers, resume, the same error codes), for bot-only sites, demos and tests.
 */
export function createMemoryBackend(options: MemoryBackendOptions = {}): MemoryBackend {
  const tokens = new Map<string, string>()
  const conversations = new Map<string, Conversation>()
  const acks = new Map<string, ServerFrame>()
  const peers = new Set<Peer>()

  const room = (conversation: Conversation, except?: Peer) => {
    const out: Peer[] = []
    for (const peer of peers) {
      if (peer === except) continue
      if (peer.role === 'agent' || peer.visitorId === conversation.visitorId) out.push(peer)
    }
    return out
  }
  const fanout = (conversation: Conversation, frame: ServerFrame, except?: Peer) => {
    for (const peer of room(conversation, except)) peer.deliver(frame)
  }
  const openOf = (visitorId: string) =>
    [...conversations.values()].find(
      (c) => c.visitorId === visitorId && (c.state === 'queued' || c.state === 'assigned'),
    )

  function append(conversation: Conversation, message: WireMessage, except?: Peer) {
    const seq = conversation.messages.length + 1
    conversation.messages.push({ seq, message })
    fanout(
      conversation,
      { type: 'message:new', conversationId: conversation.id, seq, message },
      except,
    )
    return seq
  }

  function setState(conversation: Conversation, state: ConversationState) {
    conversation.state = state
    fanout(conversation, { type: 'conversation:state', conversationId: conversation.id, state })
  }

  function handle(peer: Peer, frame: ClientFrame, fail: (code: string, message: string) => void) {
    const owned = (conversationId: string | undefined): Conversation | undefined => {
      const conversation =
        conversationId === undefined ? undefined : conversations.get(conversationId)
      if (conversation === undefined) {
        fail('conversation_not_found', 'No such conversation.')
      } else if (peer.role === 'visitor' && conversation.visitorId !== peer.visitorId) {
        fail('forbidden', 'This conversation belongs to another visitor.')
      } else return conversation
      return undefined
    }
    switch (frame.type) {
      case 'message:send': {
        const sender = peer.role === 'agent' ? 'agent' : peer.visitorId
        const key = `${sender}:${frame.clientId}`
        const previous = acks.get(key)
        if (previous !== undefined)
          return peer.deliver({ ...previous, duplicate: true } as ServerFrame)
        let conversation: Conversation | undefined
        if (frame.conversationId !== undefined || peer.role === 'agent') {
          conversation = owned(frame.conversationId)
          if (conversation === undefined) return
          if (conversation.state === 'ended' || conversation.state === 'rated') {
            return fail('conversation_ended', 'This conversation has ended; start a new one.')
          }
        } else {
          conversation = openOf(peer.visitorId as string)
          if (conversation === undefined) {
            conversation = {
              id: createClientId(),
              visitorId: peer.visitorId as string,
              state: 'queued',
              messages: [],
            }
            conversations.set(conversation.id, conversation)
          }
        }
        const message: WireMessage = {
          id: createClientId(),
          clientId: frame.clientId,
          author: peer.role,
          text: frame.text,
          createdAt: Date.now(),
        }
        if (frame.attachments !== undefined) message.attachments = frame.attachments
        const seq = append(conversation, message, peer)
        const ack: ServerFrame = {
          type: 'message:ack',
          clientId: frame.clientId,
          id: message.id,
          conversationId: conversation.id,
          seq,
          createdAt: message.createdAt,
        }
        acks.set(key, ack)
        if (peer.role === 'agent' && conversation.state === 'queued')
          setState(conversation, 'assigned')
        return peer.deliver(ack)
      }
      case 'typing':
      case 'read': {
        const conversation = owned(frame.conversationId)
        if (conversation === undefined) return
        const by = peer.role
        const out: ServerFrame =
          frame.type === 'typing'
            ? { type: 'typing', conversationId: conversation.id, author: by, typing: frame.typing }
            : { type: 'read', conversationId: conversation.id, seq: frame.seq, by }
        return fanout(conversation, out, peer)
      }
      case 'conversation:end': {
        const conversation = owned(frame.conversationId)
        if (conversation === undefined) return
        if (conversation.state === 'ended' || conversation.state === 'rated') return
        return setState(conversation, 'ended')
      }
      case 'handoff:request': {
        let conversation = openOf(peer.visitorId as string)
        if (conversation === undefined) {
          conversation = {
            id: createClientId(),
            visitorId: peer.visitorId as string,
            state: 'queued',
            messages: [],
          }
          conversations.set(conversation.id, conversation)
          setState(conversation, 'queued')
        }
        const queued = [...conversations.values()].filter((c) => c.state === 'queued')
        const position = Math.max(0, queued.indexOf(conversation))
        return peer.deliver({ type: 'queue:position', conversationId: conversation.id, position })
      }
      case 'rating:submit': {
        const conversation = owned(frame.conversationId)
        if (conversation === undefined) return
        const { clientId, conversationId } = frame
        const retry = clientId !== undefined && conversation.ratedBy === clientId
        if (conversation.state !== 'ended' && !retry) {
          return fail('rating_not_allowed', 'Only an ended, unrated conversation can be rated.')
        }
        if (clientId !== undefined) peer.deliver({ type: 'rating:ack', clientId, conversationId })
        if (retry) return
        if (clientId !== undefined) conversation.ratedBy = clientId
        return setState(conversation, 'rated')
      }
      case 'proactive:send': {
        for (const p of peers) {
          if (p.visitorId !== frame.visitorId) continue
          const push: ServerFrame = { type: 'proactive', id: createClientId(), text: frame.text }
          if (frame.quickReplies !== undefined) push.quickReplies = frame.quickReplies
          p.deliver(push)
        }
        return
      }
      case 'resume': {
        const conversation = owned(frame.conversationId)
        if (conversation === undefined) return
        for (const { seq, message } of conversation.messages.slice(frame.lastSeq)) {
          peer.deliver({ type: 'message:new', conversationId: conversation.id, seq, message })
        }
        return
      }
      case 'hello':
        return fail('invalid_frame', 'hello was already received on this connection.')
    }
  }

  function hello(peer: Peer, frame: ClientFrameOf<'hello'>, fail: (c: string, m: string) => void) {
    const version = negotiateVersion(frame.v)
    if (!version.ok) return fail('version_unsupported', version.reason)
    if (options.sites !== undefined && !options.sites.includes(frame.site)) {
      return fail('unknown_site', `No site "${frame.site}".`)
    }
    if (peer.role === 'agent') {
      if (options.agentToken === undefined || frame.token !== options.agentToken) {
        return fail('unauthorized', 'The agent token is missing or wrong.')
      }
    } else if (frame.token !== undefined) {
      const visitorId = tokens.get(frame.token)
      if (visitorId === undefined) return fail('unauthorized', 'Unknown visitor token.')
      peer.visitorId = visitorId
    } else {
      const token = createClientId()
      peer.visitorId = createClientId()
      tokens.set(token, peer.visitorId)
      frame = { ...frame, token }
    }
    peers.add(peer)
    const open = peer.visitorId === undefined ? undefined : openOf(peer.visitorId)
    peer.deliver({
      type: 'welcome',
      v: version.version,
      ...(peer.visitorId === undefined
        ? {}
        : { visitorId: peer.visitorId, token: frame.token as string }),
      conversation:
        open === undefined
          ? null
          : { id: open.id, state: open.state, lastSeq: open.messages.length },
      limits: { maxTextLength: MAX_TEXT_LENGTH },
    })
    if (peer.role === 'agent') {
      for (const c of conversations.values()) {
        if (c.state !== 'queued' && c.state !== 'assigned') continue
        peer.deliver({
          type: 'conversation:state',
          conversationId: c.id,
          state: c.state,
          lastSeq: c.messages.length,
        })
      }
    }
    for (const { conversationId, lastSeq } of frame.resume ?? []) {
      const conversation = conversations.get(conversationId)
      if (
        conversation === undefined ||
        (peer.role === 'visitor' && conversation.visitorId !== peer.visitorId)
      ) {
        fail('forbidden', `Cannot resume conversation ${conversationId}.`)
        continue
      }
      for (const { seq, message } of conversation.messages.slice(lastSeq)) {
        peer.deliver({ type: 'message:new', conversationId, seq, message })
      }
    }
  }

  return {
    connect(role, deliver) {
      const peer: Peer = { role, deliver }
      let greeted = false
      return {
        receive(input) {
          const parsed = parseClientFrame(input, FOR[role])
          const fail = (code: string, message: string, ref?: string) =>
            deliver({ type: 'error', code, message, ...(ref === undefined ? {} : { ref }) })
          if (!parsed.ok) return fail(parsed.error.code, parsed.error.message, parsed.error.ref)
          const frame = parsed.frame
          const ref = 'clientId' in frame ? frame.clientId : frame.type
          const failRef = (code: string, message: string) => fail(code, message, ref)
          if (frame.type === 'hello' && !greeted) {
            greeted = true
            return hello(peer, frame, failRef)
          }
          if (!greeted || !peers.has(peer)) return failRef('hello_required', 'Send hello first.')
          handle(peer, frame, failRef)
        },
        close() {
          peers.delete(peer)
        },
      }
    },
    agentSend(conversationId, text) {
      const conversation = conversations.get(conversationId)
      if (conversation === undefined) throw new Error(`No conversation ${conversationId}`)
      append(conversation, { id: createClientId(), author: 'agent', text, createdAt: Date.now() })
    },
    messages: (conversationId) =>
      conversations.get(conversationId)?.messages.map((m) => m.message) ?? [],
    conversationIds: () => [...conversations.keys()],
  }
}
