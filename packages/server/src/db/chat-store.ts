import type { Attachment, ConversationState, WireMessage } from '@chao/protocol'

/** The part of `Store` that keeps conversations and messages (issue 6). */
export interface ChatStore {
  /** The server's signing secret: created (random) and stored on first call, then reused. */
  getOrCreateSecret(): Promise<string>
  createVisitor(siteId: string): Promise<{ id: string }>
  getConversation(id: string): Promise<ConversationRecord | undefined>
  /** The visitor's conversation in state `queued` or `assigned`, if any. */
  findOpenConversation(visitorId: string): Promise<ConversationRecord | undefined>
  /** The visitor's open conversation, or a new `queued` one (`created: true`). */
  openConversation(
    siteId: string,
    visitorId: string,
  ): Promise<{ conversation: ConversationRecord; created: boolean }>
  /**
   * Stores a message once per (sender, clientId) and gives it the conversation's next
   * sequence number, in one transaction. Without `conversationId` it goes to the visitor's
   * open conversation, or starts one.
   */
  appendMessage(input: AppendInput): Promise<AppendResult>
  /** Messages with `seq > afterSeq`, oldest first, at most `limit`. */
  messagesAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredMessage[]>
  /** Moves a conversation to `state`; undefined when it does not exist. */
  setConversationState(
    id: string,
    state: ConversationState,
  ): Promise<ConversationRecord | undefined>
  /**
   * Ended → rated, with the answers and `rated_at`, in one transaction. `duplicate` when it
   * is already rated with this `clientId` (a retry); `refused` when it is not `ended`, or
   * was rated by another submission.
   */
  rateConversation(id: string, rating: RatingInput): Promise<'stored' | 'duplicate' | 'refused'>
  /**
   * Queued and assigned conversations, most recently active first: of one site, or of every
   * site when `siteId` is undefined (agents answer every site).
   */
  listOpenConversations(siteId: string | undefined, limit: number): Promise<ConversationRecord[]>
  /** 0 for the first in line among the site's queued conversations. */
  queuePosition(conversationId: string): Promise<number>
}

/** A post-chat survey answer; at least one of score, nps, ces. */
export interface RatingInput {
  clientId?: string
  score?: number
  comment?: string
  nps?: number
  ces?: number
}

export interface ConversationRecord {
  id: string
  siteId: string
  visitorId: string
  state: ConversationState
  lastSeq: number
}

export interface StoredMessage {
  seq: number
  message: WireMessage
}

export interface AppendInput {
  siteId: string
  /** The visitor it belongs to (for visitors: themselves). Needed to start a conversation. */
  visitorId?: string
  conversationId?: string
  author: 'visitor' | 'agent' | 'system'
  /** The agent account that wrote it: a queued conversation becomes theirs. */
  agentId?: string
  /** Who sent it: the scope in which `clientId` is unique (`visitor:<id>`, `agent:<id>`). */
  senderKey: string
  clientId: string
  text: string
  attachments?: Attachment[]
  agentName?: string
}

export type AppendResult =
  | {
      kind: 'stored'
      conversation: ConversationRecord
      seq: number
      message: WireMessage
      /** A new conversation was started for it. */
      created: boolean
      /** The conversation's state changed (queued → assigned on the first agent reply). */
      stateChanged: boolean
    }
  | { kind: 'duplicate'; conversationId: string; seq: number; message: WireMessage }
  | { kind: 'refused'; code: 'conversation_not_found' | 'conversation_ended' | 'forbidden' }
