import { describe, expect, it } from 'vitest'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { AccountError, createAccount } from './accounts.ts'

describe('createAccount', () => {
  it('answers two simultaneous sign-ups for one email with one account and one clear error', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const input = { email: 'lan@shop.vn', name: 'Lan', password: 'correct-horse-battery' }
    const results = await Promise.allSettled([
      createAccount(store, input),
      createAccount(store, input),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(failure.reason).toBeInstanceOf(AccountError)
    expect(String(failure.reason.message)).toMatch(/already exists/)
    await store.close()
  })
})
