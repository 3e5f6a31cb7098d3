import { describe, expect, it } from 'vitest'
import { createSqliteStore } from '../db/sqlite-store.ts'
import type { Store } from '../db/store.ts'
import { testApp } from '../test/fixtures.ts'
import { readVersion } from '../version.ts'

describe('GET /healthz', () => {
  it('reports ok with the version when the database answers', async () => {
    const app = await testApp()
    const response = await app.inject('/healthz')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok', version: readVersion(), db: 'ok' })
    expect(response.headers['cache-control']).toBe('no-store')
    expect(readVersion()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('answers 503 with db: error when the database does not', async () => {
    const failing: Store = {
      ...createSqliteStore({ path: ':memory:' }),
      ping: async () => {
        throw new Error('disk I/O error')
      },
    }
    const app = await testApp({}, failing)
    const response = await app.inject('/healthz')
    expect(response.statusCode).toBe(503)
    expect(response.json()).toMatchObject({ status: 'error', db: 'error' })
  })
})
