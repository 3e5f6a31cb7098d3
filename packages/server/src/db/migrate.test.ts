import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { type Migration, runMigrations } from './migrate.ts'
import { migrations } from './migrations.ts'

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )
    .all()
    .map((row) => row.name)
}

describe('runMigrations', () => {
  it('creates the schema and the demo site, then does nothing on the next run', () => {
    const db = new Database(':memory:')
    expect(runMigrations(db, migrations)).toEqual({ applied: [1, 2, 3, 4, 5, 6], version: 6 })
    expect(runMigrations(db, migrations)).toEqual({ applied: [], version: 6 })
    expect(tables(db)).toEqual([
      'agent_connections',
      'agent_departments',
      'agent_sessions',
      'agents',
      'canned_responses',
      'conversations',
      'departments',
      'login_failures',
      'messages',
      'notes',
      'pending_mails',
      'schema_migrations',
      'settings',
      'sites',
      'tickets',
      'visitor_pages',
      'visitors',
      'widget_events',
      'widget_sessions',
    ])
    expect(db.prepare('SELECT id, name FROM sites').all()).toEqual([
      { id: 'demo', name: 'Chao Shop' },
    ])
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'create_sites' },
      { version: 2, name: 'create_chat' },
      { version: 3, name: 'create_routing' },
      { version: 4, name: 'create_surveys' },
      { version: 5, name: 'create_widget_events' },
      { version: 6, name: 'create_visitor_pages' },
    ])
  })

  it('applies only the migrations added since the last run', () => {
    const db = new Database(':memory:')
    runMigrations(db, migrations)
    const next: Migration = {
      version: migrations.length + 1,
      name: 'add_extra',
      up: (d) => d.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY)'),
    }
    expect(runMigrations(db, [...migrations, next])).toEqual({
      applied: [migrations.length + 1],
      version: migrations.length + 1,
    })
    expect(tables(db)).toContain('extra')
  })

  it('rolls back every change of a failing run', () => {
    const db = new Database(':memory:')
    const broken: Migration = {
      version: migrations.length + 1,
      name: 'broken',
      up: (d) => d.exec('CREATE TABLE half (id INTEGER); SELECT * FROM missing_table'),
    }
    expect(() => runMigrations(db, [...migrations, broken])).toThrow(/no such table/)
    expect(tables(db)).toEqual([])
  })

  it('refuses a database migrated by a newer server', () => {
    const db = new Database(':memory:')
    const newer: Migration = { version: migrations.length + 1, name: 'newer', up: () => {} }
    runMigrations(db, [...migrations, newer])
    expect(() => runMigrations(db, migrations)).toThrow(
      new RegExp(
        `schema version ${migrations.length + 1}, newer than this Chao server knows \\(${migrations.length}\\)\\. Upgrade @chao/server`,
      ),
    )
  })

  it('rejects a migration list with gaps', () => {
    const db = new Database(':memory:')
    const gap: Migration = { version: migrations.length + 2, name: 'gap', up: () => {} }
    expect(() => runMigrations(db, [...migrations, gap])).toThrow(/without gaps/)
  })
})
