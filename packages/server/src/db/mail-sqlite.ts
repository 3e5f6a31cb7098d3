import type { WireMessage } from '@chao/protocol'
import type Database from 'better-sqlite3'
import type { DueMail, MailStore } from './mail-store.ts'

interface DueRow {
  conversation_id: string
  from_seq: number
  visitor_id: string
  name: string | null
  email: string | null
  page_url: string | null
}

/** The SQLite side of `MailStore`. */
export function createMailQueries(db: Database.Database): MailStore {
  const q = {
    // The first unsent reply wins: a later one joins the same mail.
    queue: db.prepare(
      'INSERT OR IGNORE INTO pending_mails (conversation_id, from_seq, due_at) VALUES (?, ?, ?)',
    ),
    due: db.prepare<[number], DueRow>(
      `SELECT p.conversation_id, p.from_seq, v.id AS visitor_id, v.name, v.email, c.page_url FROM pending_mails p
       JOIN conversations c ON c.id = p.conversation_id JOIN visitors v ON v.id = c.visitor_id
       WHERE p.due_at <= ?`,
    ),
    remove: db.prepare('DELETE FROM pending_mails WHERE conversation_id = ?'),
    replies: db.prepare<
      [string, number],
      { id: string; text: string; agent_name: string | null; created_at: number }
    >(
      `SELECT id, text, agent_name, created_at FROM messages
       WHERE conversation_id = ? AND seq >= ? AND author = 'agent' ORDER BY seq LIMIT 50`,
    ),
    contact: db.prepare<[string], { name: string | null; email: string | null }>(
      'SELECT name, email FROM visitors WHERE id = ?',
    ),
  }
  const take = db.transaction((now: number): DueMail[] => {
    const mails: DueMail[] = []
    for (const row of q.due.all(now)) {
      q.remove.run(row.conversation_id)
      if (row.email === null) continue
      const messages: WireMessage[] = q.replies.all(row.conversation_id, row.from_seq).map((m) => ({
        id: m.id,
        author: 'agent',
        text: m.text,
        createdAt: m.created_at,
        ...(m.agent_name === null ? {} : { agentName: m.agent_name }),
      }))
      mails.push({
        conversationId: row.conversation_id,
        visitor: { id: row.visitor_id, name: row.name, email: row.email },
        pageUrl: row.page_url,
        messages,
      })
    }
    return mails
  })
  return {
    async queueReplyMail(conversationId, seq, dueAt) {
      q.queue.run(conversationId, seq, dueAt)
    },
    async takeDueMails(now) {
      return take.immediate(now)
    },
    async visitorContact(visitorId) {
      return q.contact.get(visitorId)
    },
  }
}
