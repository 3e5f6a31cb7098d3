/**
 * Codes carried by `error` frames and HTTP error bodies. Stable: clients switch on them.
 * docs/protocol.md explains each one and what the client should do.
 */
export const ERROR_CODES = {
  /** The frame is not an object, or a field has the wrong type, or is missing. */
  invalid_frame: 'Malformed frame',
  /** The frame's `type` is not one this endpoint accepts. */
  unknown_frame: 'Unknown frame type',
  /** `text` is longer than MAX_TEXT_LENGTH. */
  text_too_long: 'Text too long',
  /** Major protocol versions differ. */
  version_unsupported: 'Incompatible protocol version',
  /** A frame other than `hello` before the session was established. */
  hello_required: 'Send hello first',
  /** The token is missing, forged or expired. */
  unauthorized: 'Not authorized',
  /** The conversation (or visitor) belongs to someone else. */
  forbidden: 'Forbidden',
  /** No such site. */
  unknown_site: 'Unknown site',
  /** No such conversation. */
  conversation_not_found: 'Conversation not found',
  /** The conversation has ended: it takes no new messages. */
  conversation_ended: 'Conversation ended',
  /** A rating for a conversation that has not ended, or was already rated. */
  rating_not_allowed: 'Rating not allowed now',
  /** (1.2) The conversation is already assigned to another agent. */
  already_assigned: 'Already assigned',
  /** (1.2) The agent or department cannot take the conversation now. */
  agent_unavailable: 'Agent unavailable',
  /**
   * (1.4) A `visitor:update` gave the name or email of a visitor verified by `identify`:
   * those were kept (send them with `identify`), the attributes were applied.
   */
  visitor_verified: 'Verified details kept',
  /** Too many frames; retry later. */
  rate_limited: 'Too many frames',
  /** The server failed; the client may retry the same frame. */
  internal: 'Server error',
} as const

export type ErrorCode = keyof typeof ERROR_CODES

/** Codes after which resending the same frame can succeed. */
export const RETRYABLE_CODES: readonly ErrorCode[] = ['rate_limited', 'internal']
