import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { ConversationRecord } from './chat-store.ts'
import type { QueuedEntry, Routed, RouteResult, RoutingStore } from './routing-store.ts'

interface Row {
  id: string
  site_id: string
  visitor_id: string
  state: ConversationRecord['state']
  last_seq: number
  agent_id: string | null
  department_id: string | null
}

const OPEN = "state IN ('queued', 'assigned')"
const newId = () => randomUUID().replaceAll('-', '')
const toRecord = (row: Row): ConversationRecord => ({
  id: row.id,
  siteId: row.site_id,
  visitorId: row.visitor_id,
  state: row.state,
  lastSeq: row.last_seq,
})

// Agents who can take one more chat (in a department, when given), least busy first, then
// the one whose last assignment is oldest.
const CANDIDATES = `
  SELECT id, name FROM (
    SELECT a.id, a.name, a.max_chats, a.last_assigned_at,
      (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = a.id AND c.state = 'assigned') AS load
    FROM agents a
    WHERE a.status = 'online'
      AND EXISTS (SELECT 1 FROM agent_connections k WHERE k.agent_id = a.id)
      AND (@department IS NULL OR EXISTS (
        SELECT 1 FROM agent_departments d WHERE d.agent_id = a.id AND d.department_id = @department))
  ) WHERE load < max_chats
  ORDER BY load, COALESCE(last_assigned_at, 0), id LIMIT 1`

/** The SQLite side of `RoutingStore`. */
export function createRoutingQueries(db: Database.Database): RoutingStore {
  const q = {
    get: db.prepare<[string], Row>('SELECT * FROM conversations WHERE id = ?'),
    open: db.prepare<[string], Row>(`SELECT * FROM conversations WHERE visitor_id = ? AND ${OPEN}`),
    insert: db.prepare(
      `INSERT INTO conversations (id, site_id, visitor_id, state, created_at, updated_at, queued_at,
         department_id, page_url, reason, transcript)
       VALUES (@id, @siteId, @visitorId, 'queued', @iso, @iso, @now, @department, @pageUrl, @reason, @transcript)`,
    ),
    context: db.prepare(
      `UPDATE conversations SET department_id = COALESCE(@department, department_id),
         page_url = COALESCE(@pageUrl, page_url), reason = COALESCE(@reason, reason),
         transcript = COALESCE(@transcript, transcript), queued_at = COALESCE(queued_at, @now)
       WHERE id = @id`,
    ),
    visitor: db.prepare(
      // A visitor verified by identify keeps the name and email it vouched for: the handoff's
      // are the page's or the visitor's own words (as with visitor:update).
      `UPDATE visitors SET name = CASE WHEN verified = 1 THEN name ELSE COALESCE(@name, name) END,
         email = CASE WHEN verified = 1 THEN email ELSE COALESCE(@email, email) END,
         attributes = CASE WHEN @attributes IS NULL THEN attributes
           ELSE json_patch(COALESCE(attributes, '{}'), @attributes) END
       WHERE id = @visitorId`,
    ),
    available: db.prepare<{ department: string | null }, { n: number }>(
      `SELECT COUNT(*) AS n FROM agents a WHERE a.status = 'online'
         AND EXISTS (SELECT 1 FROM agent_connections k WHERE k.agent_id = a.id)
         AND (@department IS NULL OR EXISTS (SELECT 1 FROM agent_departments d
           WHERE d.agent_id = a.id AND d.department_id = @department))`,
    ),
    candidate: db.prepare<{ department: string | null }, { id: string; name: string }>(CANDIDATES),
    queued: db.prepare<[], Row>(
      "SELECT * FROM conversations WHERE state = 'queued' ORDER BY COALESCE(queued_at, 0), id",
    ),
    agent: db.prepare<[string], { id: string; name: string; status: string; connected: number }>(
      `SELECT id, name, status, EXISTS (SELECT 1 FROM agent_connections k WHERE k.agent_id = agents.id)
         AS connected FROM agents WHERE id = ?`,
    ),
    assign: db.prepare(
      `UPDATE conversations SET state = 'assigned', agent_id = ?, assigned_at = ?, updated_at = ?
       WHERE id = ?`,
    ),
    touchAgent: db.prepare('UPDATE agents SET last_assigned_at = ? WHERE id = ?'),
    requeue: db.prepare(
      `UPDATE conversations SET state = 'queued', agent_id = NULL, department_id = COALESCE(?, department_id),
         assigned_at = NULL, updated_at = ? WHERE id = ?`,
    ),
    abandoned: db.prepare<[number], Row>(
      `SELECT c.* FROM conversations c JOIN agents a ON a.id = c.agent_id
       WHERE c.state = 'assigned' AND a.disconnected_at IS NOT NULL AND a.disconnected_at <= ?
         AND NOT EXISTS (SELECT 1 FROM agent_connections k WHERE k.agent_id = a.id)`,
    ),
    end: db.prepare(
      `UPDATE conversations SET state = 'ended', ended_at = ?, updated_at = ? WHERE id = ? AND ${OPEN}`,
    ),
    waits: db.prepare<[], { avg: number | null }>(
      `SELECT AVG(assigned_at - queued_at) AS avg FROM (SELECT assigned_at, queued_at FROM conversations
       WHERE assigned_at IS NOT NULL AND queued_at IS NOT NULL ORDER BY assigned_at DESC LIMIT 20)`,
    ),
  }

  const iso = (now: number) => new Date(now).toISOString()
  const routed = (id: string, agent: { id: string; name: string } | null): Routed => {
    const row = q.get.get(id) as Row
    return {
      conversation: toRecord(row),
      agentId: agent?.id ?? null,
      agentName: agent?.name ?? null,
      department: row.department_id,
    }
  }
  const assign = (row: Row, agent: { id: string; name: string }, now: number) => {
    q.assign.run(agent.id, now, iso(now), row.id)
    q.touchAgent.run(now, agent.id)
    return routed(row.id, agent)
  }
  const openRow = (id: string): Row | { refused: RouteResult } => {
    const row = q.get.get(id)
    if (row === undefined) return { refused: { ok: false, code: 'conversation_not_found' } }
    if (row.state !== 'queued' && row.state !== 'assigned') {
      return { refused: { ok: false, code: 'conversation_ended' } }
    }
    return row
  }
  const tx = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const wrapped = db.transaction(fn)
    return (...args: A): R => wrapped.immediate(...args)
  }

  const assignQueued = tx((now: number): Routed[] => {
    const done: Routed[] = []
    for (const row of q.queued.all()) {
      const agent = q.candidate.get({ department: row.department_id })
      if (agent !== undefined) done.push(assign(row, agent, now))
    }
    return done
  })

  return {
    requestHandoff: async (input) =>
      tx(() => {
        const params = {
          department: input.department ?? null,
          pageUrl: input.pageUrl ?? null,
          reason: input.reason ?? null,
          transcript: input.transcript === undefined ? null : JSON.stringify(input.transcript),
          now: input.now,
        }
        q.visitor.run({
          visitorId: input.visitorId,
          name: input.visitor?.name ?? null,
          email: input.visitor?.email ?? null,
          attributes: input.attributes === undefined ? null : JSON.stringify(input.attributes),
        })
        const existing = q.open.get(input.visitorId)
        if (existing !== undefined) {
          if (existing.state === 'queued') q.context.run({ ...params, id: existing.id })
          return { conversation: toRecord(q.get.get(existing.id) as Row), created: false }
        }
        const id = newId()
        q.insert.run({
          ...params,
          id,
          siteId: input.siteId,
          visitorId: input.visitorId,
          iso: iso(input.now),
        })
        return { conversation: toRecord(q.get.get(id) as Row), created: true }
      })(),
    availableAgents: async (department) =>
      q.available.get({ department: department ?? null })?.n ?? 0,
    assignQueued: async (now) => assignQueued(now),
    claim: async (conversationId, agentId, now) =>
      tx((): RouteResult => {
        const row = openRow(conversationId)
        if ('refused' in row) return row.refused
        if (row.state === 'assigned' && row.agent_id !== null && row.agent_id !== agentId) {
          return { ok: false, code: 'already_assigned' }
        }
        const agent = q.agent.get(agentId)
        if (agent === undefined) return { ok: false, code: 'agent_unavailable' }
        return { ok: true, routed: assign(row, agent, now) }
      })(),
    transferToAgent: async (conversationId, agentId, now) =>
      tx((): RouteResult => {
        const row = openRow(conversationId)
        if ('refused' in row) return row.refused
        const agent = q.agent.get(agentId)
        if (agent === undefined || agent.status === 'offline' || agent.connected === 0) {
          return { ok: false, code: 'agent_unavailable' }
        }
        return { ok: true, routed: assign(row, agent, now) }
      })(),
    transferToDepartment: async (conversationId, department, now) =>
      tx((): RouteResult => {
        const row = openRow(conversationId)
        if ('refused' in row) return row.refused
        q.requeue.run(department, iso(now), row.id)
        return { ok: true, routed: routed(row.id, null) }
      })(),
    requeueAbandoned: async (graceMs, now) =>
      tx((): Routed[] =>
        q.abandoned.all(now - graceMs).map((row) => {
          q.requeue.run(null, iso(now), row.id)
          return routed(row.id, null)
        }),
      )(),
    endConversation: async (id, now) => {
      q.end.run(now, iso(now), id)
      const row = q.get.get(id)
      return row === undefined ? undefined : toRecord(row)
    },
    queue: async (): Promise<QueuedEntry[]> =>
      q.queued.all().map((row) => ({
        id: row.id,
        siteId: row.site_id,
        visitorId: row.visitor_id,
        department: row.department_id,
      })),
    averageWaitSeconds: async () => {
      const avg = q.waits.get()?.avg
      return avg === null || avg === undefined ? undefined : Math.round(avg / 1000)
    },
  }
}
