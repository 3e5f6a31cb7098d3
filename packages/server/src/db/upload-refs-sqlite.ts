import type Database from 'better-sqlite3'

export interface UploadRefStore {
  /**
   * Ids of uploaded files that messages or tickets created at or after `since` (epoch ms)
   * refer to: the upload sweep keeps those and deletes the other old files.
   */
  uploadIdsReferencedSince(since: number): Promise<Set<string>>
}

// An upload's URL is `<origin>/api/v1/uploads/<id>[/<name>]` (routes/uploads.ts); the id is
// what counts, whichever origin or node wrote the URL.
const UPLOAD_ID = /\/api\/v1\/uploads\/([A-Za-z0-9_-]{22})/g

/** The SQLite side of `UploadRefStore`: attachments JSON of messages and tickets. */
export function createUploadRefQueries(db: Database.Database): UploadRefStore {
  const rows = db.prepare<[number, number], { attachments: string }>(
    `SELECT attachments FROM messages WHERE attachments IS NOT NULL AND created_at >= ?
     UNION ALL
     SELECT attachments FROM tickets WHERE attachments IS NOT NULL AND created_at >= ?`,
  )
  return {
    async uploadIdsReferencedSince(since) {
      const ids = new Set<string>()
      for (const row of rows.iterate(since, since)) {
        for (const match of row.attachments.matchAll(UPLOAD_ID)) ids.add(match[1] as string)
      }
      return ids
    },
  }
}
