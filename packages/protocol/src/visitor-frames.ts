/**
 * The visitor's details changing during a live chat (protocol 1.4): the page set new
 * attributes (`setAttributes`) or learnt an anonymous visitor's name or email after the
 * handoff. The widget sends what changed; the server merges it into the visitor and tells
 * the agents. Merged into `clientFrames` / `serverFrames` in frames.ts; docs/protocol.md
 * is the spec.
 */
import { email, HANDOFF_LIMITS, visitorName } from './handoff-frames.ts'
import {
  boolean,
  type Check,
  FrameError,
  id,
  type ObjectOf,
  object,
  optional,
  record,
  string,
} from './schema.ts'

export const VISITOR_LIMITS = {
  /** Attribute changes per frame (as in a handoff request). */
  maxAttributeChanges: HANDOFF_LIMITS.maxAttributes,
  /** Attributes the server keeps per visitor: an update that would pass it is refused. */
  maxStoredAttributes: 100,
  /** `visitor:update` frames a visitor may send per minute; more get `rate_limited`. */
  maxUpdatesPerMinute: 30,
} as const

/** Attribute changes: a value sets the attribute, null removes it. */
export const attributeChanges = record(VISITOR_LIMITS.maxAttributeChanges, true)

const changesShape = {
  name: optional(visitorName),
  email: optional(email),
  attributes: optional(attributeChanges),
}
const changes = object(changesShape)

/** A change must change something: a name, an email or at least one attribute. */
const visitorUpdate: Check<ObjectOf<typeof changesShape>> = (value, path) => {
  const frame = changes(value, path)
  const attributes = frame.attributes === undefined ? 0 : Object.keys(frame.attributes).length
  if (frame.name === undefined && frame.email === undefined && attributes === 0) {
    throw new FrameError('invalid_frame', `${path} needs at least one of name, email or attributes`)
  }
  return frame
}

export const visitorClientFrames = {
  /**
   * 1.4, visitors only: what changed since the handoff (or the last update). Attributes
   * merge (null removes one); name and email of a visitor verified by `identify` with a hash
   * are kept, and the sender gets `error` `visitor_verified`.
   */
  'visitor:update': visitorUpdate,
} as const

export const visitorServerFrames = {
  /**
   * 1.4, to agents: what a visitor's update (or an `identify` during the chat) changed (attributes set, or null: removed), and
   * their open conversation if they have one. Only real changes are sent.
   */
  'visitor:updated': object({
    visitorId: id,
    conversationId: optional(id),
    ...changesShape,
    /** 1.4: the visitor signed in during the chat (`identify`): who, and whether verified. */
    userId: optional(string(128, 1)),
    verified: optional(boolean),
  }),
} as const

export const VISITOR_VISITOR_ONLY = ['visitor:update'] as const
