import type { ConversationState, WireMessage } from './frames.ts'

// Shapes of the agent REST API (docs/console.md) that the server sends and the console
// reads: one definition for both ends, like the frames.

/** A line of the bot conversation the visitor had before the handoff. */
export interface TranscriptLine {
  author: 'visitor' | 'bot'
  text: string
  createdAt: number
}

/** The console's inbox tabs. */
export type InboxView = 'queued' | 'mine' | 'open' | 'closed'

/** A conversation as the inbox lists it. Times are milliseconds since the epoch. */
export interface ConversationSummary {
  id: string
  siteId: string
  state: ConversationState
  visitor: { id: string; name: string | null; email: string | null }
  agentId: string | null
  agentName: string | null
  department: string | null
  queuedAt: number | null
  assignedAt: number | null
  firstResponseAt: number | null
  endedAt: number | null
  lastSeq: number
  lastMessage: string | null
}

/** A conversation opened in the console: its context, messages and internal notes. */
export interface ConversationDetail extends ConversationSummary {
  pageUrl: string | null
  reason: string | null
  transcript: TranscriptLine[]
  visitorProfile: {
    userId: string | null
    verified: boolean
    attributes: Record<string, string | number | boolean>
    previous: { id: string; state: ConversationState; rating: number | null; createdAt: string }[]
  }
  messages: { seq: number; message: WireMessage }[]
  notes: NoteRecord[]
  /** The visitor's post-chat survey answers (protocol 1.3); null until rated. */
  rating: SurveyAnswers | null
}

/** What a visitor answered after the chat; each answer may be missing, not all. */
export interface SurveyAnswers {
  /** CSAT, 1–5. */
  score: number | null
  comment: string | null
  /** 0–10. */
  nps: number | null
  /** 1–7. */
  ces: number | null
  /** Milliseconds since the epoch. */
  ratedAt: number | null
}

/** An internal note: agents see it, the visitor never does. */
export interface NoteRecord {
  id: string
  agentName: string | null
  text: string
  createdAt: number
}

/** One visitor on a site now (`GET /api/v1/visitors/live`), as the console lists them. */
export interface LiveVisitor {
  visitorId: string
  /** The site they are on: agents answer every site of the server, so the list has them all. */
  siteId: string
  name: string | null
  email: string | null
  url: string
  title: string
  /** When the visitor's current visit started (their first connected tab), epoch ms. */
  since: number
  timeOnSiteSeconds: number
}
