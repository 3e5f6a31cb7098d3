/**
 * Every frame of the protocol, as runtime schemas; the TypeScript types are inferred from
 * them so the validator and the type can never disagree. docs/protocol.md is the spec.
 */
import { ATTACHMENT_LIMITS, attachment, httpUrl } from './attachment.ts'
import {
  HANDOFF_AGENT_ONLY,
  HANDOFF_VISITOR_ONLY,
  handoffClientFrames,
  handoffServerFrames,
} from './handoff-frames.ts'
import { MAX_TEXT_LENGTH } from './message.ts'
import {
  array,
  boolean,
  type Check,
  type Infer,
  id,
  integer,
  nullable,
  object,
  oneOf,
  optional,
  string,
} from './schema.ts'
import { surveyClientFrames, surveyServerFrames } from './survey-frames.ts'
import { VISITOR_VISITOR_ONLY, visitorClientFrames, visitorServerFrames } from './visitor-frames.ts'

/** Limits beyond the text length; the spec lists them. */
export const LIMITS = {
  maxAttachments: ATTACHMENT_LIMITS.maxAttachments,
  /** Bytes. The protocol carries metadata only; files live on a storage service. */
  maxAttachmentSize: ATTACHMENT_LIMITS.maxAttachmentSize,
  maxResume: 20,
  maxQuickReplies: 10,
  /** Messages a `hello` resume replays per conversation; older ones need the history API. */
  maxReplay: 1000,
  /** Open conversations an agent's `hello` is told about. */
  maxOpenListed: 200,
} as const

const text = string(MAX_TEXT_LENGTH, 0, 'text_too_long')
const seq = integer(0)

export { attachment }
export type Attachment = Infer<typeof attachment>

export const conversationState = oneOf('queued', 'assigned', 'ended', 'rated')
export type ConversationState = Infer<typeof conversationState>

const quickReply = object({
  label: string(100, 1),
  text: optional(string(MAX_TEXT_LENGTH)),
  action: optional(string(64)),
})

/** Frames a client sends. Agent-only frames are marked; the visitor endpoint refuses them. */
export const clientFrames = {
  hello: object({
    /** The client's protocol version. */
    v: string(20, 1),
    site: id,
    /** Visitor token from an earlier `welcome` (or the agent's bearer token). */
    token: optional(string(512, 1)),
    /** Conversations to resume: the server replays messages with `seq > lastSeq`. */
    resume: optional(array(object({ conversationId: id, lastSeq: seq }), LIMITS.maxResume)),
  }),
  'message:send': object({
    /** Client-generated, unique per sender: the server stores each one once. */
    clientId: id,
    /** Visitors may omit it: their open conversation is used, or a new one is started. */
    conversationId: optional(id),
    text,
    attachments: optional(array(attachment, LIMITS.maxAttachments)),
  }),
  /** Replays a conversation's messages with `seq > lastSeq` (one learnt of after hello). */
  resume: object({ conversationId: id, lastSeq: seq }),
  typing: object({ conversationId: id, typing: boolean }),
  read: object({ conversationId: id, seq: integer(1) }),
  ...surveyClientFrames,
  'conversation:end': object({ conversationId: id }),
  /** Agent only: a message shown to a visitor who has no conversation yet. */
  'proactive:send': object({
    visitorId: id,
    text,
    quickReplies: optional(array(quickReply, LIMITS.maxQuickReplies)),
  }),
  ...handoffClientFrames,
  /** 1.3, visitors only: the page the visitor is on (on connect and each SPA route change). */
  'page:view': object({ url: httpUrl, title: string(300) }),
  ...visitorClientFrames,
} as const

const wireMessage = object({
  id,
  clientId: optional(id),
  author: oneOf('visitor', 'agent', 'bot', 'system'),
  text,
  createdAt: integer(0),
  attachments: optional(array(attachment, LIMITS.maxAttachments)),
  agentName: optional(string(100)),
})
export type WireMessage = Infer<typeof wireMessage>

/** Frames the server sends. */
export const serverFrames = {
  welcome: object({
    /** The negotiated protocol version: both sides use its features only. */
    v: string(20, 1),
    visitorId: optional(id),
    /** The visitor's token: keep it and send it in the next `hello`. */
    token: optional(string(512, 1)),
    /** The visitor's open conversation, if any. */
    conversation: nullable(object({ id, state: conversationState, lastSeq: seq })),
    limits: object({ maxTextLength: integer(1) }),
  }),
  'message:ack': object({
    clientId: id,
    id,
    conversationId: id,
    seq: integer(1),
    createdAt: integer(0),
    /** True when the server had already stored this client id: nothing changed. */
    duplicate: optional(boolean),
  }),
  'message:new': object({ conversationId: id, seq: integer(1), message: wireMessage }),
  typing: object({ conversationId: id, author: oneOf('visitor', 'agent'), typing: boolean }),
  read: object({ conversationId: id, seq: integer(1), by: oneOf('visitor', 'agent') }),
  'conversation:state': object({
    conversationId: id,
    state: conversationState,
    agentName: optional(string(100)),
    /** The conversation's latest seq, when the server sends the state to catch a client up. */
    lastSeq: optional(seq),
    /** 1.2: the assigned agent's id, and the department the conversation is routed to. */
    agentId: optional(id),
    department: optional(id),
  }),
  'queue:position': object({
    conversationId: id,
    position: integer(0),
    /** 1.2: estimated wait in seconds, from recent assignment times; absent when unknown. */
    etaSeconds: optional(integer(0)),
  }),
  proactive: object({
    id,
    text,
    quickReplies: optional(array(quickReply, LIMITS.maxQuickReplies)),
    /** 1.3: the agent who wrote it, shown as its sender. */
    agentName: optional(string(100)),
  }),
  /**
   * 1.3, to agents: a visitor of `siteId` arrived, changed page or left; the console reloads
   * its Live visitors list (GET /api/v1/visitors/live) instead of polling it.
   */
  'visitors:changed': object({ siteId: id }),
  error: object({
    code: string(64, 1),
    message: string(1000),
    /** The `clientId` or the frame `type` the error is about. */
    ref: optional(string(64)),
  }),
  ...handoffServerFrames,
  ...surveyServerFrames,
  ...visitorServerFrames,
} as const

type FrameUnion<M extends Record<string, Check<unknown>>> = {
  [K in keyof M & string]: { type: K } & Infer<M[K]>
}[keyof M & string]

export type ClientFrameType = keyof typeof clientFrames
export type ServerFrameType = keyof typeof serverFrames
export type ClientFrame = FrameUnion<typeof clientFrames>
export type ServerFrame = FrameUnion<typeof serverFrames>
export type ClientFrameOf<K extends ClientFrameType> = Extract<ClientFrame, { type: K }>
export type ServerFrameOf<K extends ServerFrameType> = Extract<ServerFrame, { type: K }>

/** The typed event map for socket.io: one event per frame type, the frame as payload. */
export type ClientToServerEvents = {
  [K in ClientFrameType]: (frame: ClientFrameOf<K>) => void
}
export type ServerToClientEvents = {
  [K in ServerFrameType]: (frame: ServerFrameOf<K>) => void
}

/** Frames only the agent endpoint accepts. */
export const AGENT_ONLY: readonly ClientFrameType[] = ['proactive:send', ...HANDOFF_AGENT_ONLY]
/** Frames only visitors send. */
export const VISITOR_ONLY: readonly ClientFrameType[] = [
  'handoff:request',
  'rating:submit',
  'page:view',
  ...HANDOFF_VISITOR_ONLY,
  ...VISITOR_VISITOR_ONLY,
]
