import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../test/fixtures.ts'
import { migrations } from './migrations.ts'
import { createSqliteStore } from './sqlite-store.ts'

describe('createSqliteStore', () => {
  it('returns the seeded demo site and nothing for unknown ids', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const demo = await store.getSite('demo')
    expect(demo).toMatchObject({ id: 'demo', name: 'Chao Shop' })
    expect(demo?.settings.greeting?.vi).toMatch(/^Xin chào/)
    expect(demo?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(await store.getSite('nope')).toBeUndefined()
    await store.close()
  })

  it('lists every site oldest first, a new one after demo, with its settings', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    await store.createSite({ id: 'blog', name: 'Lan Blog' })
    await store.updateSiteSettings('blog', { survey: { nps: true } })
    const sites = await store.listSites()
    expect(sites.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'demo', name: 'Chao Shop' },
      { id: 'blog', name: 'Lan Blog' },
    ])
    expect(sites[1]?.settings).toEqual({ survey: { nps: true } })
    await store.close()
  })

  it('creates the directory, uses WAL, and reopens the same file without migrating again', async () => {
    const path = join(tempDir(), 'nested/dir/chao.db')
    const first = createSqliteStore({ path })
    await first.ping()
    await first.close()
    expect(existsSync(path)).toBe(true)

    const second = createSqliteStore({ path })
    expect(await second.getSite('demo')).toMatchObject({ id: 'demo' })
    await second.close()

    const raw = new Database(path, { readonly: true })
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(raw.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({
      n: migrations.length,
    })
    raw.close()
  })

  it('rejects ping after close, and close is idempotent', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    await store.close()
    await store.close()
    await expect(store.ping()).rejects.toThrow()
  })

  it('explains what to do when the file cannot be opened', () => {
    const file = join(tempDir(), 'not-a-dir')
    writeFileSync(file, '')
    expect(() => createSqliteStore({ path: join(file, 'chao.db') })).toThrow(
      /Cannot open the database at .*Set CHAO_DATABASE to a writable file path/,
    )
  })
})
