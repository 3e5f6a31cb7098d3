/** Longest text a visitor or agent message may carry, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 4000

/** Who wrote a message. `system` is an event line ("Lan joined the chat"). */
export type Author = 'visitor' | 'bot' | 'agent' | 'system'

/** Delivery state of a visitor's own message. */
export type DeliveryStatus = 'sending' | 'sent' | 'failed'

/** A button under a bot message that sends its `text` (or triggers `action`) when clicked. */
export interface QuickReply {
  label: string
  /** Text sent as the visitor's message when chosen; defaults to `label`. */
  text?: string
  /** A non-text action, e.g. 'handoff'. */
  action?: string
}

export interface LinkCard {
  title: string
  url: string
}

export interface ChatMessage {
  /** Unique within the conversation. Client-generated for visitor messages. */
  id: string
  author: Author
  /** Markdown for bot and agent messages; plain text for the visitor's own. */
  text: string
  /** Milliseconds since the epoch. */
  createdAt: number
  status?: DeliveryStatus
  quickReplies?: QuickReply[]
  links?: LinkCard[]
  /** For bot answers: the FAQ entry id that produced it, or null when the bot did not know. */
  faqId?: string | null
}

/**
 * State of the link to the backend, as the connector's `$connection` store holds it and
 * the widget shows it ("Reconnecting…"). `idle`: no connection needed (bot only, or closed
 * when idle).
 */
export type ConnectionState = 'idle' | 'connecting' | 'online' | 'offline' | 'error'
