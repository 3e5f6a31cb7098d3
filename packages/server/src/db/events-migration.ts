import type { Migration } from './migrate.ts'

/**
 * What the widget did in the browser (protocol/analytics.ts): bot questions and feedback,
 * bot handoffs, proactive rule events. Reports read it (issue 9), with the indexes that
 * keep them fast on 100,000 conversations (bench/reports.mjs).
 */
export const createWidgetEvents: Migration = {
  version: 5,
  name: 'create_widget_events',
  up(db) {
    db.exec(`
      CREATE TABLE widget_events (
        id INTEGER PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id),
        session_id TEXT NOT NULL,
        type TEXT NOT NULL,
        text TEXT,
        faq_id TEXT,
        confident INTEGER,
        helpful INTEGER,
        rule_id TEXT,
        reason TEXT,
        page_url TEXT,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX widget_events_report ON widget_events (site_id, type, created_at);
      -- Reports over every site filter on type and time only.
      CREATE INDEX widget_events_time ON widget_events (type, created_at);
      -- A report period is the conversations that entered the queue in it.
      CREATE INDEX conversations_queued ON conversations (queued_at);
      -- First contact resolution: did this visitor come back within N days?
      CREATE INDEX conversations_visitor ON conversations (visitor_id, queued_at);
    `)
  },
}
