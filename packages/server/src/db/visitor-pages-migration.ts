import type { Migration } from './migrate.ts'

/**
 * Pages a visitor viewed (issue 7's "pages visited" in the visitor profile, issue 8's
 * list of live visitors with their current page).
 */
export const createVisitorPages: Migration = {
  version: 6,
  name: 'create_visitor_pages',
  up(db) {
    db.exec(`
      CREATE TABLE visitor_pages (
        id INTEGER PRIMARY KEY,
        visitor_id TEXT NOT NULL REFERENCES visitors(id),
        url TEXT NOT NULL,
        title TEXT,
        viewed_at INTEGER NOT NULL
      );
      CREATE INDEX visitor_pages_visitor ON visitor_pages (visitor_id, viewed_at);
    `)
  },
}
