import type Database from 'better-sqlite3'

/** A page a visitor viewed (`page:view`), newest first when listed. */
export interface VisitorPage {
  url: string
  title: string
  /** Epoch ms. */
  viewedAt: number
}

/** What a known visitor told about themselves (identify, pre-chat form, handoff). */
export interface VisitorSummary {
  id: string
  name: string | null
  email: string | null
}

export interface VisitorPageStore {
  /** Records a page view; the same URL twice in a row (a reload) is kept once. */
  addVisitorPage(visitorId: string, page: VisitorPage): Promise<void>
  /** The visitor's latest page views, newest first. */
  listVisitorPages(visitorId: string, limit: number): Promise<VisitorPage[]>
  /** Names and emails of these visitors, those the store knows. */
  visitorSummaries(ids: readonly string[]): Promise<VisitorSummary[]>
}

/** Page views kept per visitor: the profile shows the recent journey, not a full history. */
const KEEP_PER_VISITOR = 200

/** The SQLite side of `VisitorPageStore` (table of migration 6). */
export function createVisitorPageQueries(db: Database.Database): VisitorPageStore {
  const last = db.prepare<[string], { url: string }>(
    'SELECT url FROM visitor_pages WHERE visitor_id = ? ORDER BY viewed_at DESC, id DESC LIMIT 1',
  )
  const insert = db.prepare(
    'INSERT INTO visitor_pages (visitor_id, url, title, viewed_at) VALUES (?, ?, ?, ?)',
  )
  const trim = db.prepare(
    `DELETE FROM visitor_pages WHERE visitor_id = ? AND id NOT IN (
       SELECT id FROM visitor_pages WHERE visitor_id = ? ORDER BY viewed_at DESC, id DESC LIMIT ?)`,
  )
  const list = db.prepare<
    [string, number],
    { url: string; title: string | null; viewedAt: number }
  >(
    `SELECT url, title, viewed_at AS viewedAt FROM visitor_pages WHERE visitor_id = ?
     ORDER BY viewed_at DESC, id DESC LIMIT ?`,
  )
  const add = db.transaction((visitorId: string, page: VisitorPage) => {
    if (last.get(visitorId)?.url === page.url) return
    insert.run(visitorId, page.url, page.title, page.viewedAt)
    trim.run(visitorId, visitorId, KEEP_PER_VISITOR)
  })
  return {
    async addVisitorPage(visitorId, page) {
      add(visitorId, page)
    },
    async listVisitorPages(visitorId, limit) {
      return list.all(visitorId, limit).map((row) => ({ ...row, title: row.title ?? '' }))
    },
    async visitorSummaries(ids) {
      if (ids.length === 0) return []
      const rows = db
        .prepare<string[], VisitorSummary>(
          `SELECT id, name, email FROM visitors WHERE id IN (${ids.map(() => '?').join(',')})`,
        )
        .all(...ids)
      return rows
    },
  }
}
