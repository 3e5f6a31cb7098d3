import type { Migration } from './migrate.ts'

/**
 * Human handoff (issue 7): agents and their sessions, departments, routing columns on
 * conversations, visitor details, internal notes, canned responses, offline tickets.
 * Routing state lives here, not in a process, so two nodes on one database agree.
 */
export const createRouting: Migration = {
  version: 3,
  name: 'create_routing',
  up(db) {
    db.exec(`
      CREATE TABLE agents (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'admin')),
        password_hash TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'offline' CHECK (status IN ('online', 'away', 'offline')),
        max_chats INTEGER NOT NULL DEFAULT 3 CHECK (max_chats >= 0),
        -- ms; set when the agent's last console connection closed, cleared on connect.
        disconnected_at INTEGER,
        last_assigned_at INTEGER,
        created_at INTEGER NOT NULL
      );
      -- One row per open console connection, on any node. Each node refreshes seen_at of
      -- its own; rows of a node that died stop being refreshed and are dropped as stale.
      CREATE TABLE agent_connections (
        connection_id TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
        connected_at INTEGER NOT NULL,
        seen_at INTEGER NOT NULL
      );
      CREATE TABLE agent_sessions (
        id_hash TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      -- Failed logins per (email, address) in the current window: throttles guessing.
      CREATE TABLE login_failures (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        window_start INTEGER NOT NULL
      );
      CREATE TABLE departments (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        hours TEXT CHECK (hours IS NULL OR json_valid(hours)),
        created_at INTEGER NOT NULL
      );
      CREATE TABLE agent_departments (
        agent_id TEXT NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
        department_id TEXT NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
        PRIMARY KEY (agent_id, department_id)
      );
      ALTER TABLE visitors ADD COLUMN name TEXT;
      ALTER TABLE visitors ADD COLUMN email TEXT;
      ALTER TABLE visitors ADD COLUMN user_id TEXT;
      ALTER TABLE visitors ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE visitors ADD COLUMN attributes TEXT;
      ALTER TABLE conversations ADD COLUMN agent_id TEXT REFERENCES agents(id);
      ALTER TABLE conversations ADD COLUMN department_id TEXT REFERENCES departments(id);
      ALTER TABLE conversations ADD COLUMN page_url TEXT;
      ALTER TABLE conversations ADD COLUMN reason TEXT;
      ALTER TABLE conversations ADD COLUMN transcript TEXT;
      ALTER TABLE conversations ADD COLUMN queued_at INTEGER;
      ALTER TABLE conversations ADD COLUMN assigned_at INTEGER;
      ALTER TABLE conversations ADD COLUMN first_response_at INTEGER;
      ALTER TABLE conversations ADD COLUMN ended_at INTEGER;
      CREATE INDEX conversations_agent ON conversations (agent_id, state);
      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id),
        agent_id TEXT REFERENCES agents(id),
        text TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE canned_responses (
        id TEXT PRIMARY KEY,
        -- NULL: the whole team's; else one agent's personal response.
        agent_id TEXT REFERENCES agents(id) ON DELETE CASCADE,
        shortcut TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX canned_unique ON canned_responses (COALESCE(agent_id, ''), shortcut);
      -- Agent replies waiting to be mailed to a visitor who left (one row per conversation,
      -- so replies written meanwhile go out in one mail).
      CREATE TABLE pending_mails (
        conversation_id TEXT PRIMARY KEY REFERENCES conversations(id),
        from_seq INTEGER NOT NULL,
        due_at INTEGER NOT NULL
      );
      CREATE TABLE tickets (
        id TEXT PRIMARY KEY,
        site_id TEXT NOT NULL REFERENCES sites(id),
        visitor_id TEXT NOT NULL REFERENCES visitors(id),
        client_id TEXT NOT NULL,
        department_id TEXT,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        message TEXT NOT NULL,
        page_url TEXT,
        attachments TEXT CHECK (attachments IS NULL OR json_valid(attachments)),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at INTEGER NOT NULL,
        UNIQUE (visitor_id, client_id)
      );
    `)
  },
}
