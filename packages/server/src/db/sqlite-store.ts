import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { createReportQueries } from '../reports/index.ts'
import { createAgentQueries } from './agent-sqlite.ts'
import { createCannedQueries } from './canned-sqlite.ts'
import { createChatQueries } from './chat-sqlite.ts'
import { createDashboardQueries } from './dashboard-sqlite.ts'
import { createEventQueries } from './events-sqlite.ts'
import { createInboxQueries } from './inbox-sqlite.ts'
import { createMailQueries } from './mail-sqlite.ts'
import { type Migration, runMigrations } from './migrate.ts'
import { migrations as defaultMigrations } from './migrations.ts'
import { createRoutingQueries } from './routing-sqlite.ts'
import type { SiteRecord, SiteSettings, Store } from './store.ts'
import { createThrottleQueries } from './throttle-sqlite.ts'
import { createUploadRefQueries } from './upload-refs-sqlite.ts'
import { createVisitorDetailQueries } from './visitor-details-sqlite.ts'
import { createVisitorPageQueries } from './visitor-pages-sqlite.ts'

export interface SqliteStoreOptions {
  /** File path, or `:memory:` for a throwaway database. The directory is created if missing. */
  path: string
  /** Schema history; tests pass their own. */
  migrations?: readonly Migration[]
}

interface SiteRow {
  id: string
  name: string
  config: string
  created_at: string
}

/** Opens (creating if needed) and migrates a SQLite database, and wraps it as a `Store`. */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  const db = openDatabase(options.path)
  try {
    runMigrations(db, options.migrations ?? defaultMigrations)
  } catch (error) {
    db.close()
    throw error
  }
  const selectSite = db.prepare<[string], SiteRow>(
    'SELECT id, name, config, created_at FROM sites WHERE id = ?',
  )
  const selectSites = db.prepare<[], SiteRow>(
    'SELECT id, name, config, created_at FROM sites ORDER BY created_at, id',
  )
  const selectOne = db.prepare('SELECT 1')
  const updateConfig = db.prepare<[string, string]>('UPDATE sites SET config = ? WHERE id = ?')
  const insertSite = db.prepare<[string, string, string]>(
    "INSERT INTO sites (id, name, config, created_at) VALUES (?, ?, '{}', ?) ON CONFLICT (id) DO NOTHING",
  )

  return {
    ...createChatQueries(db),
    ...createAgentQueries(db),
    ...createRoutingQueries(db),
    ...createInboxQueries(db),
    ...createCannedQueries(db),
    ...createMailQueries(db),
    ...createDashboardQueries(db),
    ...createThrottleQueries(db),
    ...createEventQueries(db),
    ...createVisitorPageQueries(db),
    ...createVisitorDetailQueries(db),
    ...createReportQueries(db),
    ...createUploadRefQueries(db),
    async getSite(id) {
      const row = selectSite.get(id)
      return row === undefined ? undefined : toSiteRecord(row)
    },
    async listSites() {
      return selectSites.all().map(toSiteRecord)
    },
    async createSite({ id, name }) {
      const createdAt = new Date().toISOString()
      if (insertSite.run(id, name, createdAt).changes === 0) return undefined
      return { id, name, settings: {}, createdAt }
    },
    async updateSiteSettings(id, patch) {
      // Read-modify-write in one transaction, so two admins saving at once lose nothing.
      return db
        .transaction(() => {
          const row = selectSite.get(id)
          if (row === undefined) return undefined
          const site = toSiteRecord(row)
          const settings = { ...site.settings, ...patch }
          updateConfig.run(JSON.stringify(settings), id)
          return { ...site, settings }
        })
        .immediate()
    },
    async ping() {
      selectOne.get()
    },
    async close() {
      if (db.open) db.close()
    },
  }
}

function openDatabase(path: string): Database.Database {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    const db = new Database(path)
    // WAL lets readers run while a write is in progress; NORMAL sync is safe with WAL.
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    // Another process (a second node, a backup) may hold the write lock briefly.
    db.pragma('busy_timeout = 5000')
    return db
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `Cannot open the database at ${path}: ${reason}. ` +
        'Set CHAO_DATABASE to a writable file path, or to :memory: for a throwaway database.',
      { cause: error },
    )
  }
}

function toSiteRecord(row: SiteRow): SiteRecord {
  return {
    id: row.id,
    name: row.name,
    settings: parseSettings(row.config),
    createdAt: row.created_at,
  }
}

function parseSettings(json: string): SiteSettings {
  const value: unknown = JSON.parse(json)
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as SiteSettings)
    : {}
}
