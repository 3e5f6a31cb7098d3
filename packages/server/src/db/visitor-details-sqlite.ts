import type Database from 'better-sqlite3'

type Scalar = string | number | boolean

/** What a `visitor:update` asks to change: attributes set, or null to remove one. */
export interface VisitorChanges {
  name?: string
  email?: string
  attributes?: Record<string, Scalar | null>
}

/** The visitor's details as stored. */
export interface VisitorDetails {
  name: string | null
  email: string | null
  /** Set by `identify` with a correct hash: then name and email are the site's, not the page's. */
  verified: boolean
  attributes: Record<string, Scalar>
}

export type VisitorUpdate =
  | {
      ok: true
      /** Only what really changed (an attribute set to the value it had is not a change). */
      changed: VisitorChanges
      /** Fields of the update that were kept as they were because the visitor is verified. */
      kept: ('name' | 'email')[]
    }
  | { ok: false; reason: 'not_found' | 'too_many_attributes' }

export interface VisitorDetailsStore {
  /**
   * Merges an update into the visitor in one transaction: attributes merge (null removes
   * one), name and email replace the old ones unless the visitor is verified. Refused, with
   * nothing stored, when it would grow the attributes past `maxAttributes`.
   */
  updateVisitorDetails(
    visitorId: string,
    changes: VisitorChanges,
    maxAttributes: number,
  ): Promise<VisitorUpdate>
}

/** The merge itself, without the database: the next details and what changed. */
export function mergeVisitorDetails(
  current: VisitorDetails,
  changes: VisitorChanges,
  maxAttributes: number,
): { update: VisitorUpdate; next: VisitorDetails } {
  const changed: VisitorChanges = {}
  const kept: ('name' | 'email')[] = []
  const next: VisitorDetails = { ...current }
  for (const field of ['name', 'email'] as const) {
    const value = changes[field]
    if (value === undefined) continue
    if (current.verified) kept.push(field)
    else if (value !== current[field]) {
      changed[field] = value
      next[field] = value
    }
  }
  // A Map, so that any key (even "__proto__") is just a key.
  const attributes = new Map(Object.entries(current.attributes))
  const diff = new Map<string, Scalar | null>()
  for (const [key, value] of Object.entries(changes.attributes ?? {})) {
    if (value === null) {
      if (attributes.delete(key)) diff.set(key, null)
    } else if (attributes.get(key) !== value) {
      attributes.set(key, value)
      diff.set(key, value)
    }
  }
  // Over the limit only refuses growth: a visitor already past it (handoff and identify merge
  // without it) may still change and remove attributes.
  const size = Object.keys(current.attributes).length
  if (attributes.size > maxAttributes && attributes.size > size) {
    return { update: { ok: false, reason: 'too_many_attributes' }, next: current }
  }
  if (diff.size > 0) {
    changed.attributes = Object.fromEntries(diff)
    next.attributes = Object.fromEntries(attributes)
  }
  return { update: { ok: true, changed, kept }, next }
}

interface Row {
  name: string | null
  email: string | null
  verified: number
  attributes: string | null
}

/** The SQLite side of `VisitorDetailsStore` (columns of the routing migration). */
export function createVisitorDetailQueries(db: Database.Database): VisitorDetailsStore {
  const read = db.prepare<[string], Row>(
    'SELECT name, email, verified, attributes FROM visitors WHERE id = ?',
  )
  const write = db.prepare(
    'UPDATE visitors SET name = @name, email = @email, attributes = @attributes WHERE id = @id',
  )
  const update = db.transaction(
    (visitorId: string, changes: VisitorChanges, maxAttributes: number): VisitorUpdate => {
      const row = read.get(visitorId)
      if (row === undefined) return { ok: false, reason: 'not_found' }
      const current: VisitorDetails = {
        name: row.name,
        email: row.email,
        verified: row.verified === 1,
        attributes: row.attributes === null ? {} : JSON.parse(row.attributes),
      }
      const { update, next } = mergeVisitorDetails(current, changes, maxAttributes)
      if (update.ok && Object.keys(update.changed).length > 0) {
        write.run({
          id: visitorId,
          name: next.name,
          email: next.email,
          attributes: JSON.stringify(next.attributes),
        })
      }
      return update
    },
  )
  return {
    async updateVisitorDetails(visitorId, changes, maxAttributes) {
      return update.immediate(visitorId, changes, maxAttributes)
    },
  }
}
