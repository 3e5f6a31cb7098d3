import type Database from 'better-sqlite3'

/** Wrong passwords allowed per (email, client address) per window. */
export const MAX_FAILURES = 10
export const WINDOW_MS = 15 * 60 * 1000

/** Part of `Store`: counts failed logins. */
export interface LoginThrottle {
  /** Whether `key` may try to log in at `now`. */
  loginAllowed(key: string, now: number): Promise<boolean>
  loginFailed(key: string, now: number): Promise<void>
  loginSucceeded(key: string): Promise<void>
}

/**
 * Login throttling in the database (so it holds across nodes). Keyed by email and address:
 * a stranger guessing from elsewhere cannot lock an agent out of their own desk.
 */
export function createThrottleQueries(db: Database.Database): LoginThrottle {
  const q = {
    get: db.prepare<[string], { failures: number; window_start: number }>(
      'SELECT failures, window_start FROM login_failures WHERE key = ?',
    ),
    fail: db.prepare(
      `INSERT INTO login_failures (key, failures, window_start) VALUES (@key, 1, @now)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN window_start <= @now - @window THEN 1 ELSE failures + 1 END,
         window_start = CASE WHEN window_start <= @now - @window THEN @now ELSE window_start END`,
    ),
    clear: db.prepare('DELETE FROM login_failures WHERE key = ?'),
  }
  return {
    async loginAllowed(key, now) {
      const row = q.get.get(key)
      return row === undefined || row.window_start <= now - WINDOW_MS || row.failures < MAX_FAILURES
    },
    async loginFailed(key, now) {
      q.fail.run({ key, now, window: WINDOW_MS })
    },
    async loginSucceeded(key) {
      q.clear.run(key)
    },
  }
}
