import { randomBytes, randomUUID } from 'node:crypto'
import type { Attachment, ConversationState, WireMessage } from '@chao/protocol'
import type Database from 'better-sqlite3'
import type {
  AppendInput,
  AppendResult,
  ChatStore,
  ConversationRecord,
  RatingInput,
} from './chat-store.ts'

interface ConversationRow {
  id: string
  site_id: string
  visitor_id: string
  state: ConversationState
  last_seq: number
}

interface MessageRow {
  id: string
  conversation_id: string
  seq: number
  client_id: string
  author: WireMessage['author']
  text: string
  attachments: string | null
  agent_name: string | null
  created_at: number
}

const OPEN = "state IN ('queued', 'assigned')"
const newId = () => randomUUID().replaceAll('-', '')

/** The SQLite side of `ChatStore`. Every write that assigns a `seq` is one transaction. */
export function createChatQueries(db: Database.Database): ChatStore {
  const q = {
    secret: db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'secret'"),
    insertSecret: db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('secret', ?)"),
    insertVisitor: db.prepare('INSERT INTO visitors (id, site_id, created_at) VALUES (?, ?, ?)'),
    conversation: db.prepare<[string], ConversationRow>('SELECT * FROM conversations WHERE id = ?'),
    open: db.prepare<[string], ConversationRow>(
      `SELECT * FROM conversations WHERE visitor_id = ? AND ${OPEN}`,
    ),
    insertConversation: db.prepare(
      `INSERT INTO conversations (id, site_id, visitor_id, state, created_at, updated_at, queued_at)
       VALUES (?, ?, ?, 'queued', ?, ?, ?)`,
    ),
    bySender: db.prepare<[string, string], MessageRow>(
      'SELECT * FROM messages WHERE sender_key = ? AND client_id = ?',
    ),
    insertMessage: db.prepare(
      `INSERT INTO messages (id, conversation_id, seq, sender_key, client_id, author, text,
         attachments, agent_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    bump: db.prepare(
      'UPDATE conversations SET last_seq = last_seq + 1, updated_at = ? WHERE id = ? RETURNING last_seq',
    ),
    setState: db.prepare('UPDATE conversations SET state = ?, updated_at = ? WHERE id = ?'),
    // The first agent reply: the conversation is theirs (if nobody's yet) and answered.
    answered: db.prepare(
      `UPDATE conversations SET state = 'assigned', agent_id = COALESCE(agent_id, ?),
         assigned_at = COALESCE(assigned_at, ?), first_response_at = COALESCE(first_response_at, ?)
       WHERE id = ?`,
    ),
    ratingOf: db.prepare<[string], { state: ConversationState; rating_client_id: string | null }>(
      'SELECT state, rating_client_id FROM conversations WHERE id = ?',
    ),
    rate: db.prepare(
      `UPDATE conversations SET state = 'rated', rating = ?, rating_comment = ?, nps = ?, ces = ?,
         rating_client_id = ?, rated_at = ?, updated_at = ?
       WHERE id = ? AND state = 'ended'`,
    ),
    after: db.prepare<[string, number, number], MessageRow>(
      'SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    openOfSite: db.prepare<[string, number], ConversationRow>(
      `SELECT * FROM conversations WHERE site_id = ? AND ${OPEN} ORDER BY updated_at DESC LIMIT ?`,
    ),
    openOfAll: db.prepare<[number], ConversationRow>(
      `SELECT * FROM conversations WHERE ${OPEN} ORDER BY updated_at DESC LIMIT ?`,
    ),
    queue: db.prepare<[string], { n: number }>(
      `SELECT COUNT(*) AS n FROM conversations o, conversations c
       WHERE c.id = ? AND o.site_id = c.site_id AND o.state = 'queued'
         AND (o.created_at < c.created_at OR (o.created_at = c.created_at AND o.id < c.id))`,
    ),
  }

  const now = () => new Date().toISOString()

  function openOrCreate(siteId: string, visitorId: string) {
    const existing = q.open.get(visitorId)
    if (existing !== undefined) return { conversation: toRecord(existing), created: false }
    const id = newId()
    q.insertConversation.run(id, siteId, visitorId, now(), now(), Date.now())
    return { conversation: toRecord(q.conversation.get(id) as ConversationRow), created: true }
  }

  const append = db.transaction((input: AppendInput): AppendResult => {
    const previous = q.bySender.get(input.senderKey, input.clientId)
    if (previous !== undefined) {
      return {
        kind: 'duplicate',
        conversationId: previous.conversation_id,
        seq: previous.seq,
        message: toMessage(previous),
      }
    }
    let conversation: ConversationRecord
    let created = false
    if (input.conversationId !== undefined) {
      const row = q.conversation.get(input.conversationId)
      if (row === undefined) return { kind: 'refused', code: 'conversation_not_found' }
      if (input.author === 'visitor' && row.visitor_id !== input.visitorId) {
        return { kind: 'refused', code: 'forbidden' }
      }
      if (row.state === 'ended' || row.state === 'rated') {
        return { kind: 'refused', code: 'conversation_ended' }
      }
      conversation = toRecord(row)
    } else if (input.visitorId !== undefined) {
      ;({ conversation, created } = openOrCreate(input.siteId, input.visitorId))
    } else {
      return { kind: 'refused', code: 'conversation_not_found' }
    }
    const { last_seq: seq } = q.bump.get(now(), conversation.id) as { last_seq: number }
    const message: WireMessage = {
      id: newId(),
      clientId: input.clientId,
      author: input.author,
      text: input.text,
      createdAt: Date.now(),
    }
    if (input.attachments !== undefined) message.attachments = input.attachments
    if (input.agentName !== undefined) message.agentName = input.agentName
    q.insertMessage.run(
      message.id,
      conversation.id,
      seq,
      input.senderKey,
      input.clientId,
      input.author,
      input.text,
      input.attachments === undefined ? null : JSON.stringify(input.attachments),
      input.agentName ?? null,
      message.createdAt,
    )
    let stateChanged = false
    if (input.author === 'agent') {
      stateChanged = conversation.state === 'queued'
      q.answered.run(input.agentId ?? null, message.createdAt, message.createdAt, conversation.id)
    }
    const updated = toRecord(q.conversation.get(conversation.id) as ConversationRow)
    return { kind: 'stored', conversation: updated, seq, message, created, stateChanged }
  })

  const rate = db.transaction((id: string, r: RatingInput): 'stored' | 'duplicate' | 'refused' => {
    const row = q.ratingOf.get(id)
    if (row?.state === 'rated' && r.clientId !== undefined && row.rating_client_id === r.clientId) {
      return 'duplicate'
    }
    if (row?.state !== 'ended') return 'refused'
    const comment = r.comment?.trim() || null
    const { score = null, nps = null, ces = null, clientId = null } = r
    q.rate.run(score, comment, nps, ces, clientId, Date.now(), now(), id)
    return 'stored'
  })

  return {
    async getOrCreateSecret() {
      q.insertSecret.run(randomBytes(32).toString('base64url'))
      return (q.secret.get() as { value: string }).value
    },
    async createVisitor(siteId) {
      const id = newId()
      q.insertVisitor.run(id, siteId, now())
      return { id }
    },
    async getConversation(id) {
      const row = q.conversation.get(id)
      return row === undefined ? undefined : toRecord(row)
    },
    async findOpenConversation(visitorId) {
      const row = q.open.get(visitorId)
      return row === undefined ? undefined : toRecord(row)
    },
    async openConversation(siteId, visitorId) {
      return db.transaction(() => openOrCreate(siteId, visitorId)).immediate()
    },
    async appendMessage(input) {
      // IMMEDIATE: take the write lock first, so two nodes cannot read the same last_seq.
      return append.immediate(input)
    },
    async messagesAfter(conversationId, afterSeq, limit) {
      return q.after.all(conversationId, afterSeq, limit).map((row) => ({
        seq: row.seq,
        message: toMessage(row),
      }))
    },
    async setConversationState(id, state) {
      q.setState.run(state, now(), id)
      const row = q.conversation.get(id)
      return row === undefined ? undefined : toRecord(row)
    },
    async rateConversation(id, rating) {
      return rate.immediate(id, rating)
    },
    async listOpenConversations(siteId, limit) {
      const rows = siteId === undefined ? q.openOfAll.all(limit) : q.openOfSite.all(siteId, limit)
      return rows.map(toRecord)
    },
    async queuePosition(conversationId) {
      return q.queue.get(conversationId)?.n ?? 0
    },
  }
}

function toRecord(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    visitorId: row.visitor_id,
    state: row.state,
    lastSeq: row.last_seq,
  }
}

function toMessage(row: MessageRow): WireMessage {
  const message: WireMessage = {
    id: row.id,
    clientId: row.client_id,
    author: row.author,
    text: row.text,
    createdAt: row.created_at,
  }
  if (row.attachments !== null) message.attachments = JSON.parse(row.attachments) as Attachment[]
  if (row.agent_name !== null) message.agentName = row.agent_name
  return message
}
