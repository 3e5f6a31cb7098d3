import type { UtmField } from './types.ts'

/** The two methods of Web Storage the engine uses; `localStorage` fits as is. */
export interface ProactiveStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/**
 * Everything the engine persists, under one key. Only what must outlive the page: which rules
 * were seen or dismissed and when, the visit count, and the current session (so "once per
 * session" and the session cap hold across page loads of a multi-page site).
 */
export interface VisitorState {
  v: 1
  visits: number
  /** Last time the visitor was seen (ms); a gap of more than 30 min starts a new session. */
  lastVisit: number
  /** Rule id → when it was last shown. */
  seen: Record<string, number>
  /** Rule id → when the visitor dismissed it. */
  dismissed: Record<string, number>
  session: {
    start: number
    /** Rule ids shown this session, in order. */
    shown: string[]
    referrer: string
    utm: Partial<Record<UtmField, string>>
  }
}

export interface VisitorStateStore {
  /** The latest state: storage first (another tab may have written), else memory. */
  read(): VisitorState
  /** Read-modify-write, so two tabs don't overwrite each other's records. */
  update(change: (state: VisitorState) => void): VisitorState
}

/** Old records are dropped past this many rule ids, so the key can't grow forever. */
const MAX_RECORDS = 100

export const emptyVisitorState = (): VisitorState => ({
  v: 1,
  visits: 0,
  lastVisit: 0,
  seen: {},
  dismissed: {},
  session: { start: 0, shown: [], referrer: '', utm: {} },
})

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : 0)

function times(x: unknown): Record<string, number> {
  const out: Record<string, number> = {}
  if (!isObject(x)) return out
  const entries = Object.entries(x).filter(([, t]) => num(t) > 0) as [string, number][]
  entries.sort((a, b) => b[1] - a[1])
  for (const [id, t] of entries.slice(0, MAX_RECORDS)) out[id] = t
  return out
}

/** Accepts anything (a stale version, a hand-edited value) and keeps what is well-formed. */
function sanitize(x: unknown): VisitorState | null {
  if (!isObject(x) || x.v !== 1) return null
  const session = isObject(x.session) ? x.session : {}
  const utm = isObject(session.utm) ? session.utm : {}
  return {
    v: 1,
    visits: num(x.visits),
    lastVisit: num(x.lastVisit),
    seen: times(x.seen),
    dismissed: times(x.dismissed),
    session: {
      start: num(session.start),
      shown: Array.isArray(session.shown)
        ? session.shown.filter((id): id is string => typeof id === 'string')
        : [],
      referrer: typeof session.referrer === 'string' ? session.referrer : '',
      utm: Object.fromEntries(Object.entries(utm).filter(([, v]) => typeof v === 'string')),
    },
  }
}

/**
 * Storage that never throws: when `storage` is missing, full or blocked (private mode), the
 * engine goes on with the copy in memory for this page.
 */
export function createVisitorStateStore(
  storage: ProactiveStorage | null | undefined,
  key: string,
): VisitorStateStore {
  let memory = emptyVisitorState()

  function read(): VisitorState {
    try {
      const raw = storage?.getItem(key)
      const stored = raw ? sanitize(JSON.parse(raw)) : null
      if (stored) memory = stored
    } catch {
      // Unavailable or corrupt: memory holds the last good state.
    }
    return memory
  }

  return {
    read,
    update(change) {
      const state: VisitorState = JSON.parse(JSON.stringify(read()))
      change(state)
      state.seen = times(state.seen)
      state.dismissed = times(state.dismissed)
      memory = state
      try {
        storage?.setItem(key, JSON.stringify(state))
      } catch {
        // Quota or privacy mode: keep working in memory.
      }
      return state
    },
  }
}
