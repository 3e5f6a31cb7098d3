import type { Database } from 'better-sqlite3'

/** One schema change. Versions are consecutive from 1 and never reused or edited once shipped. */
export interface Migration {
  version: number
  name: string
  up(db: Database): void
}

export interface MigrationResult {
  /** Versions applied by this call, in order; empty when the schema was already current. */
  applied: number[]
  /** Schema version after the call. */
  version: number
}

/**
 * Brings the schema up to date in one IMMEDIATE transaction, so two processes starting at
 * once on the same file cannot both apply a migration, and a failing migration leaves the
 * database as it was.
 */
export function runMigrations(db: Database, migrations: readonly Migration[]): MigrationResult {
  checkSequence(migrations)
  const migrate = db.transaction((): MigrationResult => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`)
    const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
      version: number | null
    }
    const current = row.version ?? 0
    const latest = migrations.length
    if (current > latest) {
      throw new Error(
        `The database is at schema version ${current}, newer than this Chao server knows ` +
          `(${latest}). Upgrade @chao/server, or point CHAO_DATABASE at another file.`,
      )
    }
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    )
    const applied: number[] = []
    for (const migration of migrations.slice(current)) {
      migration.up(db)
      record.run(migration.version, migration.name, new Date().toISOString())
      applied.push(migration.version)
    }
    return { applied, version: Math.max(current, latest) }
  })
  return migrate.immediate()
}

function checkSequence(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version} at position ${index + 1}; ` +
          'versions must run 1, 2, 3... without gaps.',
      )
    }
  })
}
