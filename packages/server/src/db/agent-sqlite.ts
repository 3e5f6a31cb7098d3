import { randomUUID } from 'node:crypto'
import type { AgentStatus } from '@chao/protocol'
import type Database from 'better-sqlite3'
import type { AgentRecord, AgentStore, DepartmentRecord } from './agent-store.ts'

interface AgentRow {
  id: string
  email: string
  name: string
  role: AgentRecord['role']
  status: AgentStatus
  max_chats: number
  password_hash: string
}

const newId = () => randomUUID().replaceAll('-', '')

/** The SQLite side of `AgentStore`. */
export function createAgentQueries(db: Database.Database): AgentStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO agents (id, email, name, role, password_hash, max_chats, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    byId: db.prepare<[string], AgentRow>('SELECT * FROM agents WHERE id = ?'),
    byEmail: db.prepare<[string], AgentRow>('SELECT * FROM agents WHERE email = ?'),
    all: db.prepare<[], AgentRow & { load: number; connected: number }>(
      `SELECT a.*,
         (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = a.id AND c.state = 'assigned') AS load,
         EXISTS (SELECT 1 FROM agent_connections k WHERE k.agent_id = a.id) AS connected
       FROM agents a ORDER BY a.name`,
    ),
    departmentsOf: db.prepare<[string], { department_id: string }>(
      'SELECT department_id FROM agent_departments WHERE agent_id = ? ORDER BY department_id',
    ),
    status: db.prepare('UPDATE agents SET status = ? WHERE id = ?'),
    insertSession: db.prepare(
      'INSERT INTO agent_sessions (id_hash, agent_id, csrf, expires_at, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    session: db.prepare<[string, number], { agent_id: string; csrf: string }>(
      'SELECT agent_id, csrf FROM agent_sessions WHERE id_hash = ? AND expires_at > ?',
    ),
    deleteSession: db.prepare('DELETE FROM agent_sessions WHERE id_hash = ?'),
    connect: db.prepare(
      'INSERT OR REPLACE INTO agent_connections (connection_id, agent_id, connected_at, seen_at) VALUES (?, ?, ?, ?)',
    ),
    present: db.prepare('UPDATE agents SET disconnected_at = NULL WHERE id = ?'),
    disconnect: db.prepare('DELETE FROM agent_connections WHERE connection_id = ?'),
    remaining: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM agent_connections WHERE agent_id = ?',
    ),
    gone: db.prepare('UPDATE agents SET disconnected_at = ? WHERE id = ?'),
    touch: db.prepare('UPDATE agent_connections SET seen_at = ? WHERE connection_id = ?'),
    stale: db.prepare<[number], { connection_id: string; agent_id: string }>(
      'SELECT connection_id, agent_id FROM agent_connections WHERE seen_at < ?',
    ),
    insertDepartment: db.prepare(
      'INSERT INTO departments (id, name, hours, created_at) VALUES (?, ?, ?, ?)',
    ),
    department: db.prepare<[string], { id: string; name: string; hours: string | null }>(
      'SELECT id, name, hours FROM departments WHERE id = ?',
    ),
    departments: db.prepare<[], { id: string; name: string; hours: string | null }>(
      'SELECT id, name, hours FROM departments ORDER BY name',
    ),
    clearDepartments: db.prepare('DELETE FROM agent_departments WHERE agent_id = ?'),
    addDepartment: db.prepare(
      'INSERT INTO agent_departments (agent_id, department_id) VALUES (?, ?)',
    ),
  }

  const toAgent = (row: AgentRow): AgentRecord => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    maxChats: row.max_chats,
    departments: q.departmentsOf.all(row.id).map((d) => d.department_id),
  })
  const toDepartment = (row: {
    id: string
    name: string
    hours: string | null
  }): DepartmentRecord => ({
    id: row.id,
    name: row.name,
    hours: row.hours === null ? null : JSON.parse(row.hours),
  })
  const setDepartments = db.transaction((agentId: string, departments: string[]) => {
    q.clearDepartments.run(agentId)
    for (const department of departments) q.addDepartment.run(agentId, department)
  })

  return {
    async createAgent(input) {
      const id = newId()
      db.transaction(() => {
        q.insert.run(
          id,
          input.email,
          input.name,
          input.role,
          input.passwordHash,
          input.maxChats ?? 3,
          Date.now(),
        )
        setDepartments(id, input.departments ?? [])
      }).immediate()
      return toAgent(q.byId.get(id) as AgentRow)
    },
    async getAgent(id) {
      const row = q.byId.get(id)
      return row === undefined ? undefined : toAgent(row)
    },
    async findAgentByEmail(email) {
      const row = q.byEmail.get(email)
      return row === undefined ? undefined : { ...toAgent(row), passwordHash: row.password_hash }
    },
    async listAgents() {
      return q.all
        .all()
        .map((row) => ({ ...toAgent(row), load: row.load, connected: row.connected === 1 }))
    },
    async setAgentStatus(id, status) {
      q.status.run(status, id)
    },
    async createSession({ idHash, agentId, csrf, expiresAt }) {
      q.insertSession.run(idHash, agentId, csrf, expiresAt, Date.now())
    },
    async getSession(idHash, now) {
      const row = q.session.get(idHash, now)
      if (row === undefined) return undefined
      const agent = q.byId.get(row.agent_id)
      return agent === undefined ? undefined : { agent: toAgent(agent), csrf: row.csrf }
    },
    async deleteSession(idHash) {
      q.deleteSession.run(idHash)
    },
    async agentConnected(agentId, connectionId, now) {
      db.transaction(() => {
        q.connect.run(connectionId, agentId, now, now)
        q.present.run(agentId)
      }).immediate()
    },
    async agentDisconnected(agentId, connectionId, now) {
      return db
        .transaction(() => {
          q.disconnect.run(connectionId)
          if ((q.remaining.get(agentId)?.n ?? 0) > 0) return false
          q.gone.run(now, agentId)
          return true
        })
        .immediate()
    },
    async touchConnections(connectionIds, now) {
      db.transaction(() => {
        for (const id of connectionIds) q.touch.run(now, id)
      }).immediate()
    },
    async dropStaleConnections(before, now) {
      return db
        .transaction(() => {
          const gone = new Set<string>()
          for (const row of q.stale.all(before)) {
            q.disconnect.run(row.connection_id)
            if ((q.remaining.get(row.agent_id)?.n ?? 0) === 0) {
              q.gone.run(now, row.agent_id)
              gone.add(row.agent_id)
            }
          }
          return [...gone]
        })
        .immediate()
    },
    async createDepartment({ id, name, hours }) {
      q.insertDepartment.run(id, name, hours == null ? null : JSON.stringify(hours), Date.now())
      return toDepartment(
        q.department.get(id) as { id: string; name: string; hours: string | null },
      )
    },
    async getDepartment(id) {
      const row = q.department.get(id)
      return row === undefined ? undefined : toDepartment(row)
    },
    async listDepartments() {
      return q.departments.all().map(toDepartment)
    },
    async setAgentDepartments(agentId, departments) {
      setDepartments.immediate(agentId, departments)
    },
  }
}
