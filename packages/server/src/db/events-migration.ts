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
      -- Reports over every site read these columns of a type and time range: covered, so
      -- no row is fetched except for the text of unanswered questions.
      CREATE INDEX widget_events_time ON widget_events
        (type, created_at, site_id, rule_id, helpful, faq_id, confident, page_url);
      -- Questions the bot could not answer, and only them, with their text: the top
      -- unanswered questions read this small index and never the table.
      CREATE INDEX widget_events_unanswered ON widget_events
        (created_at, site_id, text, page_url, type, faq_id, confident)
        WHERE type = 'bot:question' AND (faq_id IS NULL OR confident = 0);
      -- One row per bot session (kept by the events route): when it began, on which page,
      -- and whether it was handed to a person. Bot deflection reads it instead of grouping
      -- every event by session.
      CREATE TABLE widget_sessions (
        site_id TEXT NOT NULL REFERENCES sites(id),
        session_id TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        page_url TEXT,
        handoff INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (site_id, session_id)
      );
      CREATE INDEX widget_sessions_started ON widget_sessions
        (started_at, site_id, handoff, page_url);
      -- A report period is the conversations that entered the queue in it; the report
      -- reads only these columns, so the scan never touches the table.
      CREATE INDEX conversations_report ON conversations (queued_at, site_id, department_id,
        agent_id, visitor_id, assigned_at, first_response_at, ended_at, rating, nps, ces,
        rated_at, page_url);
    `)
  },
}
