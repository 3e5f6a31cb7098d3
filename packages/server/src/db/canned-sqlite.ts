import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'

/** A canned response as the console sees it; `personal` ones belong to the reading agent. */
export interface CannedResponse {
  id: string
  shortcut: string
  text: string
  personal: boolean
}

/** A canned response with its owner (null: the team's), to decide who may change it. */
export interface CannedRecord extends CannedResponse {
  agentId: string | null
}

/** Raised when a shortcut is already taken in the same scope (the team's, or one agent's). */
export class CannedShortcutTaken extends Error {
  constructor(readonly shortcut: string) {
    super(`The shortcut /${shortcut} is already used.`)
    this.name = 'CannedShortcutTaken'
  }
}

/** Team and personal canned responses (`/shortcut` completion in the console). */
export interface CannedStore {
  /** The team's responses and `agentId`'s personal ones, by shortcut. */
  listCanned(agentId: string): Promise<CannedResponse[]>
  getCanned(id: string): Promise<CannedRecord | undefined>
  /** Throws `CannedShortcutTaken` when the scope already has the shortcut. */
  createCanned(input: {
    agentId: string | null
    shortcut: string
    text: string
  }): Promise<CannedResponse>
  /** Undefined when there is no such response; throws `CannedShortcutTaken` like create. */
  updateCanned(
    id: string,
    patch: { shortcut: string; text: string },
  ): Promise<CannedRecord | undefined>
  /** False when there was no such response. */
  deleteCanned(id: string): Promise<boolean>
}

interface CannedRow {
  id: string
  shortcut: string
  text: string
  agent_id: string | null
}

const newId = () => randomUUID().replaceAll('-', '')
const toRecord = (row: CannedRow): CannedRecord => ({
  id: row.id,
  shortcut: row.shortcut,
  text: row.text,
  personal: row.agent_id !== null,
  agentId: row.agent_id,
})
const isUniqueViolation = (error: unknown) =>
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE'

export function createCannedQueries(db: Database.Database): CannedStore {
  const q = {
    list: db.prepare<[string], CannedRow>(
      `SELECT id, shortcut, text, agent_id FROM canned_responses
       WHERE agent_id IS NULL OR agent_id = ? ORDER BY shortcut, agent_id IS NOT NULL`,
    ),
    one: db.prepare<[string], CannedRow>(
      'SELECT id, shortcut, text, agent_id FROM canned_responses WHERE id = ?',
    ),
    insert: db.prepare(
      'INSERT INTO canned_responses (id, agent_id, shortcut, text, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    update: db.prepare('UPDATE canned_responses SET shortcut = ?, text = ? WHERE id = ?'),
    remove: db.prepare('DELETE FROM canned_responses WHERE id = ?'),
  }
  const unique = <T>(shortcut: string, run: () => T): T => {
    try {
      return run()
    } catch (error) {
      if (isUniqueViolation(error)) throw new CannedShortcutTaken(shortcut)
      throw error
    }
  }
  return {
    async listCanned(agentId) {
      return q.list.all(agentId).map((row) => {
        const { agentId: _owner, ...canned } = toRecord(row)
        return canned
      })
    },
    async getCanned(id) {
      const row = q.one.get(id)
      return row === undefined ? undefined : toRecord(row)
    },
    async createCanned({ agentId, shortcut, text }) {
      const id = newId()
      unique(shortcut, () => q.insert.run(id, agentId, shortcut, text, Date.now()))
      return { id, shortcut, text, personal: agentId !== null }
    },
    async updateCanned(id, { shortcut, text }) {
      const changed = unique(shortcut, () => q.update.run(shortcut, text, id).changes)
      if (changed === 0) return undefined
      const row = q.one.get(id)
      return row === undefined ? undefined : toRecord(row)
    },
    async deleteCanned(id) {
      return q.remove.run(id).changes > 0
    },
  }
}
