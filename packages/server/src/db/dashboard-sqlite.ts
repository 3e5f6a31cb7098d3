import type Database from 'better-sqlite3'

export interface DashboardStore {
  /** Queued conversations, the oldest queue time, and conversations started since `since`. */
  dashboardCounts(
    since: number,
  ): Promise<{ waiting: number; oldestQueuedAt: number | null; chatsSince: number }>
}

/** The SQLite side of `DashboardStore`. */
export function createDashboardQueries(db: Database.Database): DashboardStore {
  const counts = db.prepare<
    { since: string },
    { waiting: number; oldest: number | null; started: number }
  >(
    `SELECT
       (SELECT COUNT(*) FROM conversations WHERE state = 'queued') AS waiting,
       (SELECT MIN(queued_at) FROM conversations WHERE state = 'queued') AS oldest,
       (SELECT COUNT(*) FROM conversations WHERE created_at >= @since) AS started`,
  )
  return {
    async dashboardCounts(since) {
      const row = counts.get({ since: new Date(since).toISOString() })
      return {
        waiting: row?.waiting ?? 0,
        oldestQueuedAt: row?.oldest ?? null,
        chatsSince: row?.started ?? 0,
      }
    },
  }
}
