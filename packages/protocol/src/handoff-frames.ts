/**
 * Frames of the human handoff (protocol 1.2): routing hints and context in the handoff
 * request, identity verification, offline tickets, and the agent's claim / transfer /
 * status. Merged into `clientFrames` / `serverFrames` in frames.ts; docs/protocol.md is
 * the spec.
 */
import { ATTACHMENT_LIMITS, attachment, httpUrl } from './attachment.ts'
import { MAX_TEXT_LENGTH } from './message.ts'
import {
  array,
  boolean,
  id,
  integer,
  matching,
  object,
  oneOf,
  optional,
  record,
  string,
} from './schema.ts'

export const HANDOFF_LIMITS = {
  /** Bot-part lines a handoff request carries to the agent. */
  maxTranscript: 100,
  /** Visitor attributes (plan, cart value…) per request. */
  maxAttributes: 30,
} as const

export const email = matching(/^[^\s@]{1,64}@[^\s@]{1,189}$/, 'an email address')
/** A visitor's name as the wire takes it (handoff, identify, visitor:update). */
export const visitorName = string(100, 1)
const name = visitorName
const text = string(MAX_TEXT_LENGTH, 1, 'text_too_long')
const attributes = record(HANDOFF_LIMITS.maxAttributes)

export const agentStatus = oneOf('online', 'away', 'offline')

export const handoffClientFrames = {
  /** Visitors only. Every field but `conversationId` and `reason` is new in 1.2. */
  'handoff:request': object({
    conversationId: optional(id),
    reason: optional(string(200)),
    /** The department the visitor chose (a routing hint). */
    department: optional(id),
    /** The page the visitor is on. */
    pageUrl: optional(httpUrl),
    /** What the visitor and the bot said before, shown to the agent. */
    transcript: optional(
      array(
        object({ author: oneOf('visitor', 'bot'), text, createdAt: integer(0) }),
        HANDOFF_LIMITS.maxTranscript,
      ),
    ),
    visitor: optional(object({ name: optional(name), email: optional(email) })),
    attributes: optional(attributes),
  }),
  /** Visitors only: a signed-in user of the site, `hash` = hex HMAC-SHA256(userId). */
  identify: object({
    userId: string(128, 1),
    hash: matching(/^[0-9a-f]{64}$/i, 'a hex HMAC-SHA256 (64 characters)'),
    name: optional(name),
    email: optional(email),
    attributes: optional(attributes),
  }),
  /** Visitors only: the offline form, when no agent can take a chat. */
  'ticket:create': object({
    clientId: id,
    name,
    email,
    message: text,
    department: optional(id),
    pageUrl: optional(httpUrl),
    attachments: optional(array(attachment, ATTACHMENT_LIMITS.maxAttachments)),
  }),
  /** Agents only: take a queued conversation. */
  'conversation:claim': object({ conversationId: id }),
  /** Agents only: hand a conversation to another agent or to a department's queue. */
  'conversation:transfer': object({
    conversationId: id,
    agentId: optional(id),
    department: optional(id),
    note: optional(string(1000)),
  }),
  /** Agents only: the agent's own availability. */
  'agent:status': object({ status: agentStatus }),
} as const

export const handoffServerFrames = {
  /** Nobody can take a chat now: the widget shows the offline form (`ticket:create`). */
  'handoff:unavailable': object({
    reason: oneOf('no_agent_online', 'outside_business_hours'),
    department: optional(id),
    /** When the department opens next (ms since the epoch), if known. */
    opensAt: optional(integer(0)),
  }),
  'ticket:created': object({ clientId: id, ticketId: id }),
  identified: object({ userId: string(128, 1), verified: boolean }),
  /** To agents: an agent's availability and load changed. */
  'agent:status': object({
    agentId: id,
    status: agentStatus,
    load: integer(0),
  }),
} as const

export const HANDOFF_AGENT_ONLY = [
  'conversation:claim',
  'conversation:transfer',
  'agent:status',
] as const
export const HANDOFF_VISITOR_ONLY = ['identify', 'ticket:create'] as const

export type AgentStatus = 'online' | 'away' | 'offline'
