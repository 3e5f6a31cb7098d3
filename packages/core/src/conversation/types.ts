import type { ChatMessage, DeliveryStatus } from '@chao/protocol'
import type { BotEvent } from '../bot/analytics.ts'
import type { ContactField } from '../contact/validate.ts'
import type { Rating } from '../csat/answers.ts'

/** Who wrote an agent message, as shown above it. */
export interface Sender {
  name: string
  /** http(s) URL of a square picture. */
  avatar?: string
}

/** A file sent with a message. `url` is only valid in this page (an object URL) or remote. */
export interface Attachment {
  name: string
  /** MIME type, e.g. `image/png`. */
  type: string
  /** Bytes. */
  size: number
  url?: string
}

/**
 * A message as the widget shows it: the wire message plus who sent it and its files.
 * (Candidates for @chao/protocol once the connector carries them.)
 */
export interface ConversationMessage extends ChatMessage {
  sender?: Sender
  attachments?: Attachment[]
  /** On FAQ answers: the visitor's "Was this helpful?" choice, once made. */
  helpful?: boolean
}

/** Who is typing right now, or null. */
export type TypingState = { author: 'bot' | 'agent'; name?: string } | null

/** What `identify` accepts. `hash` is the server-side HMAC of `id` (identity verification). */
export interface VisitorIdentity {
  id?: string
  name?: string
  email?: string
  phone?: string
  avatar?: string
  hash?: string
}

export type Attributes = Record<string, string | number | boolean | null>

/** Which files a visitor may attach. */
export interface AttachmentPolicy {
  /** MIME types (`image/png`), wildcards (`image/*`) or extensions (`.pdf`). */
  accept: string[]
  /** Largest file in bytes. */
  maxSize: number
}

export interface PreChatOptions {
  /** Required contact fields, in the order they are asked. */
  fields: ContactField[]
  /** A form before the first message, or the bot asking in the conversation. */
  via: 'form' | 'bot'
}

/** The visitor's own view of where the conversation stands. */
export type ConversationMode = 'bot' | 'human'

/** Events a chat emits; the widget allow-lists a subset for the page (`Chao('on', …)`). */
export interface ChatEventMap {
  open: []
  close: []
  /** Every new message in the conversation, from anyone. */
  message: [ConversationMessage]
  /** Number of unread bot/agent messages, when it changes. */
  unread: [number]
  /** The visitor asked for a human; `department` when a start-menu item routes it. */
  handoff: [{ department?: string }]
  /** The visitor answered "Was this helpful?" under a FAQ answer. */
  feedback: [{ messageId: string; faqId: string; helpful: boolean }]
  /** The bot could not answer this visitor text (for the site owner to grow the FAQ). */
  unanswered: [{ text: string }]
  /**
   * The visitor rated the conversation: CSAT `score` 1–5 and `comment`, and `nps` (0–10)
   * and `ces` (1–7) when the site asks them; at least one answer.
   */
  rated: [Rating & { conversationId?: string }]
  /** A problem worth telling the site (bad command argument, failed delivery). */
  error: [{ message: string }]
  /** The page changed (single-page app navigation). */
  page: [{ url: string; title: string }]
  /** A custom event from `track`, for proactive rules. */
  track: [{ name: string; data?: Attributes }]
  /** The visitor touched the widget (opened it, typed, sent): implicit consent. */
  interact: []
  /** `reset()` ran: forget the stored conversation. */
  reset: []
  /** What the bot did, for the site owner's reports (the widget posts it to the server). */
  analytics: [BotEvent]
}

export type DeliverHook = (message: ConversationMessage) => Promise<void>
export type { DeliveryStatus }
