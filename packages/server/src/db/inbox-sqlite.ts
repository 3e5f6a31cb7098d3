import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type {
  ConversationSummary,
  InboxStore,
  InboxView,
  TicketRecord,
  TranscriptLine,
} from './routing-store.ts'

interface SummaryRow {
  id: string
  site_id: string
  state: ConversationSummary['state']
  visitor_id: string
  visitor_name: string | null
  visitor_email: string | null
  agent_id: string | null
  agent_name: string | null
  department_id: string | null
  queued_at: number | null
  assigned_at: number | null
  first_response_at: number | null
  ended_at: number | null
  last_seq: number
  last_message: string | null
  page_url: string | null
  reason: string | null
  transcript: string | null
  user_id: string | null
  verified: number
  attributes: string | null
  rating: number | null
  rating_comment: string | null
  nps: number | null
  ces: number | null
  rated_at: number | null
}

interface TicketRow {
  id: string
  site_id: string
  visitor_id: string
  client_id: string
  department_id: string | null
  name: string
  email: string
  message: string
  page_url: string | null
  attachments: string | null
  status: 'open' | 'closed'
  created_at: number
}

const newId = () => randomUUID().replaceAll('-', '')

const SUMMARY = `SELECT c.*, v.name AS visitor_name, v.email AS visitor_email, v.user_id, v.verified,
    v.attributes, a.name AS agent_name,
    (SELECT text FROM messages m WHERE m.conversation_id = c.id ORDER BY seq DESC LIMIT 1) AS last_message
  FROM conversations c JOIN visitors v ON v.id = c.visitor_id LEFT JOIN agents a ON a.id = c.agent_id`

const WHERE: Record<InboxView, string> = {
  queued: "c.state = 'queued' ORDER BY COALESCE(c.queued_at, 0)",
  mine: "c.state = 'assigned' AND c.agent_id = @agent ORDER BY c.updated_at DESC",
  open: "c.state IN ('queued', 'assigned') ORDER BY c.updated_at DESC",
  closed: "c.state IN ('ended', 'rated') ORDER BY c.updated_at DESC",
}

/** The SQLite side of `InboxStore`. */
export function createInboxQueries(db: Database.Database): InboxStore {
  const lists = Object.fromEntries(
    Object.entries(WHERE).map(([view, where]) => [
      view,
      db.prepare<{ agent: string; limit: number }, SummaryRow>(
        `${SUMMARY} WHERE ${where} LIMIT @limit`,
      ),
    ]),
  ) as Record<InboxView, Database.Statement<{ agent: string; limit: number }, SummaryRow>>
  const q = {
    counts: db.prepare<{ agent: string }, Record<InboxView, number>>(
      `SELECT SUM(state = 'queued') AS queued, SUM(state = 'assigned' AND agent_id = @agent) AS mine,
         SUM(state IN ('queued', 'assigned')) AS open, SUM(state IN ('ended', 'rated')) AS closed
       FROM conversations`,
    ),
    one: db.prepare<[string], SummaryRow>(`${SUMMARY} WHERE c.id = ?`),
    messages: db.prepare<
      [string],
      {
        seq: number
        id: string
        client_id: string
        author: string
        text: string
        attachments: string | null
        agent_name: string | null
        created_at: number
      }
    >('SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq LIMIT 1000'),
    notes: db.prepare<
      [string],
      { id: string; agent_name: string | null; text: string; created_at: number }
    >(
      `SELECT n.id, a.name AS agent_name, n.text, n.created_at FROM notes n
       LEFT JOIN agents a ON a.id = n.agent_id WHERE n.conversation_id = ? ORDER BY n.created_at`,
    ),
    previous: db.prepare<
      [string, string],
      { id: string; state: ConversationSummary['state']; rating: number | null; created_at: string }
    >(
      `SELECT id, state, rating, created_at FROM conversations WHERE visitor_id = ? AND id <> ?
       ORDER BY created_at DESC LIMIT 20`,
    ),
    insertNote: db.prepare(
      'INSERT INTO notes (id, conversation_id, agent_id, text, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    agentName: db.prepare<[string], { name: string }>('SELECT name FROM agents WHERE id = ?'),
    ticketByClient: db.prepare<[string, string], TicketRow>(
      'SELECT * FROM tickets WHERE visitor_id = ? AND client_id = ?',
    ),
    insertTicket: db.prepare(
      `INSERT INTO tickets (id, site_id, visitor_id, client_id, department_id, name, email, message,
         page_url, attachments, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    tickets: db.prepare<[number], TicketRow>(
      'SELECT * FROM tickets ORDER BY created_at DESC LIMIT ?',
    ),
    identify: db.prepare(
      `UPDATE visitors SET user_id = @userId, verified = @verified, name = COALESCE(@name, name),
         email = COALESCE(@email, email), attributes = CASE WHEN @attributes IS NULL THEN attributes
           ELSE json_patch(COALESCE(attributes, '{}'), @attributes) END
       WHERE id = @visitorId`,
    ),
  }

  return {
    async listConversations(view, agentId, limit) {
      return lists[view].all({ agent: agentId, limit }).map(toSummary)
    },
    async inboxCounts(agentId) {
      const row = q.counts.get({ agent: agentId })
      return {
        queued: row?.queued ?? 0,
        mine: row?.mine ?? 0,
        open: row?.open ?? 0,
        closed: row?.closed ?? 0,
      }
    },
    async conversationDetail(id) {
      const row = q.one.get(id)
      if (row === undefined) return undefined
      return {
        ...toSummary(row),
        pageUrl: row.page_url,
        reason: row.reason,
        transcript: row.transcript === null ? [] : (JSON.parse(row.transcript) as TranscriptLine[]),
        visitorProfile: {
          userId: row.user_id,
          verified: row.verified === 1,
          attributes: row.attributes === null ? {} : JSON.parse(row.attributes),
          previous: q.previous.all(row.visitor_id, id).map((p) => ({
            id: p.id,
            state: p.state,
            rating: p.rating,
            createdAt: p.created_at,
          })),
        },
        messages: q.messages.all(id).map((m) => ({
          seq: m.seq,
          message: {
            id: m.id,
            clientId: m.client_id,
            author: m.author as 'visitor',
            text: m.text,
            createdAt: m.created_at,
            ...(m.attachments === null ? {} : { attachments: JSON.parse(m.attachments) }),
            ...(m.agent_name === null ? {} : { agentName: m.agent_name }),
          },
        })),
        rating:
          row.rating === null && row.nps === null && row.ces === null
            ? null
            : {
                score: row.rating,
                comment: row.rating_comment,
                nps: row.nps,
                ces: row.ces,
                ratedAt: row.rated_at,
              },
        notes: q.notes.all(id).map((n) => ({
          id: n.id,
          agentName: n.agent_name,
          text: n.text,
          createdAt: n.created_at,
        })),
      }
    },
    async addNote(conversationId, agentId, text) {
      const id = newId()
      const createdAt = Date.now()
      q.insertNote.run(id, conversationId, agentId, text, createdAt)
      return { id, agentName: q.agentName.get(agentId)?.name ?? null, text, createdAt }
    },
    async createTicket(input) {
      return db
        .transaction(() => {
          const existing = q.ticketByClient.get(input.visitorId, input.clientId)
          if (existing !== undefined) return { ticket: toTicket(existing), created: false }
          const id = newId()
          q.insertTicket.run(
            id,
            input.siteId,
            input.visitorId,
            input.clientId,
            input.department ?? null,
            input.name,
            input.email,
            input.message,
            input.pageUrl ?? null,
            input.attachments === undefined ? null : JSON.stringify(input.attachments),
            Date.now(),
          )
          return {
            ticket: toTicket(q.ticketByClient.get(input.visitorId, input.clientId) as TicketRow),
            created: true,
          }
        })
        .immediate()
    },
    async listTickets(limit) {
      return q.tickets.all(limit).map(toTicket)
    },
    async identifyVisitor(visitorId, profile) {
      q.identify.run({
        visitorId,
        userId: profile.userId,
        verified: profile.verified ? 1 : 0,
        name: profile.name ?? null,
        email: profile.email ?? null,
        attributes: profile.attributes === undefined ? null : JSON.stringify(profile.attributes),
      })
    },
  }
}

function toSummary(row: SummaryRow): ConversationSummary {
  return {
    id: row.id,
    siteId: row.site_id,
    state: row.state,
    visitor: { id: row.visitor_id, name: row.visitor_name, email: row.visitor_email },
    agentId: row.agent_id,
    agentName: row.agent_name,
    department: row.department_id,
    queuedAt: row.queued_at,
    assignedAt: row.assigned_at,
    firstResponseAt: row.first_response_at,
    endedAt: row.ended_at,
    lastSeq: row.last_seq,
    lastMessage: row.last_message,
  }
}

function toTicket(row: TicketRow): TicketRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    visitorId: row.visitor_id,
    clientId: row.client_id,
    department: row.department_id,
    name: row.name,
    email: row.email,
    message: row.message,
    pageUrl: row.page_url,
    attachments: row.attachments === null ? [] : JSON.parse(row.attachments),
    status: row.status,
    createdAt: row.created_at,
  }
}
