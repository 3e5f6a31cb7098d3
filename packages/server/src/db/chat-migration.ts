import type { Migration } from './migrate.ts'

/** Visitors, conversations and messages, and the server's settings (its signing secret). */
export const createChat: Migration = {
  version: 2,
  name: 'create_chat',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE visitors (
        id TEXT PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id),
        created_at TEXT NOT NULL
      );
      CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id),
        visitor_id TEXT NOT NULL REFERENCES visitors(id),
        state TEXT NOT NULL CHECK (state IN ('queued', 'assigned', 'ended', 'rated')),
        last_seq INTEGER NOT NULL DEFAULT 0,
        rating INTEGER CHECK (rating BETWEEN 1 AND 5),
        rating_comment TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      -- At most one open conversation per visitor, even with two server nodes racing.
      CREATE UNIQUE INDEX conversations_one_open ON conversations (visitor_id)
        WHERE state IN ('queued', 'assigned');
      CREATE INDEX conversations_queue ON conversations (site_id, state, created_at);
      CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        seq INTEGER NOT NULL,
        sender_key TEXT NOT NULL,
        client_id TEXT NOT NULL,
        author TEXT NOT NULL CHECK (author IN ('visitor', 'agent', 'bot', 'system')),
        text TEXT NOT NULL,
        attachments TEXT CHECK (attachments IS NULL OR json_valid(attachments)),
        agent_name TEXT,
        created_at INTEGER NOT NULL,
        UNIQUE (conversation_id, seq),
        -- A retried send carries the same client id: stored once.
        UNIQUE (sender_key, client_id)
      );
    `)
  },
}
