import type {
  Attachment,
  ConversationDetail,
  ConversationSummary,
  InboxView,
  NoteRecord,
  TranscriptLine,
} from '@chao/protocol'
import type { ConversationRecord } from './chat-store.ts'

// The agent API's shapes live in @chao/protocol: the console reads exactly what we send.
export type {
  ConversationDetail,
  ConversationSummary,
  InboxView,
  NoteRecord,
  TranscriptLine,
} from '@chao/protocol'

export interface HandoffInput {
  siteId: string
  visitorId: string
  department?: string
  pageUrl?: string
  reason?: string
  transcript?: TranscriptLine[]
  visitor?: { name?: string; email?: string }
  attributes?: Record<string, string | number | boolean>
  now: number
}

/** A conversation handed to (or taken from) an agent, for the notifications that follow. */
export interface Routed {
  conversation: ConversationRecord
  agentId: string | null
  agentName: string | null
  department: string | null
}

export type RouteResult = { ok: true; routed: Routed } | { ok: false; code: RouteRefusal }
export type RouteRefusal =
  | 'conversation_not_found'
  | 'conversation_ended'
  | 'already_assigned'
  | 'agent_unavailable'

export interface QueuedEntry {
  id: string
  siteId: string
  visitorId: string
  department: string | null
}

/**
 * Routing: the queue, assignment, claim, transfer and re-queue. Every change is one
 * IMMEDIATE transaction, so two server nodes on one database never assign a conversation
 * twice or an agent beyond their max.
 */
export interface RoutingStore {
  /** Opens (or reuses) the visitor's conversation in `queued`, with the handoff context. */
  requestHandoff(
    input: HandoffInput,
  ): Promise<{ conversation: ConversationRecord; created: boolean }>
  /** Agents who could take a chat now: status online and connected (in `department`). */
  availableAgents(department: string | undefined): Promise<number>
  /** Assigns queued conversations, oldest first, to the least busy, then longest idle agent. */
  assignQueued(now: number): Promise<Routed[]>
  claim(conversationId: string, agentId: string, now: number): Promise<RouteResult>
  transferToAgent(conversationId: string, agentId: string, now: number): Promise<RouteResult>
  transferToDepartment(
    conversationId: string,
    department: string,
    now: number,
  ): Promise<RouteResult>
  /** Conversations of agents gone longer than `graceMs` go back to the queue (front first). */
  requeueAbandoned(graceMs: number, now: number): Promise<Routed[]>
  endConversation(id: string, now: number): Promise<ConversationRecord | undefined>
  /** Queued conversations in order (position 0 first). */
  queue(): Promise<QueuedEntry[]>
  /** Mean seconds from queued to assigned over the last assignments, or undefined. */
  averageWaitSeconds(): Promise<number | undefined>
}

export interface TicketInput {
  siteId: string
  visitorId: string
  clientId: string
  name: string
  email: string
  message: string
  department?: string
  pageUrl?: string
  attachments?: Attachment[]
}

export interface TicketRecord extends Omit<TicketInput, 'department' | 'pageUrl' | 'attachments'> {
  id: string
  department: string | null
  pageUrl: string | null
  attachments: Attachment[]
  status: 'open' | 'closed'
  createdAt: number
}

/** What the console reads: inbox lists, a conversation with its context, notes, tickets. */
export interface InboxStore {
  listConversations(view: InboxView, agentId: string, limit: number): Promise<ConversationSummary[]>
  inboxCounts(agentId: string): Promise<Record<InboxView, number>>
  conversationDetail(id: string): Promise<ConversationDetail | undefined>
  addNote(conversationId: string, agentId: string, text: string): Promise<NoteRecord>
  /** Stores a ticket once per (visitor, clientId); `created: false` for a retry. */
  createTicket(input: TicketInput): Promise<{ ticket: TicketRecord; created: boolean }>
  listTickets(limit: number): Promise<TicketRecord[]>
  identifyVisitor(
    visitorId: string,
    profile: {
      userId: string
      verified: boolean
      name?: string
      email?: string
      attributes?: Record<string, string | number | boolean>
    },
  ): Promise<void>
}
