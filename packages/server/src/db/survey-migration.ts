import type { Migration } from './migrate.ts'

/**
 * Post-chat surveys (issue 9): NPS and CES beside the 1–5 CSAT `rating` of migration 2,
 * and when the visitor answered, so reports can filter ratings by date. `rating_client_id`
 * is the `clientId` of the `rating:submit` that was stored: a retry with the same id is
 * acknowledged again instead of refused (the connector resends until it gets the ack).
 * `rating` is NULL when the visitor answered NPS or CES only.
 */
export const createSurveys: Migration = {
  version: 4,
  name: 'create_surveys',
  up(db) {
    db.exec(`
      ALTER TABLE conversations ADD COLUMN nps INTEGER CHECK (nps BETWEEN 0 AND 10);
      ALTER TABLE conversations ADD COLUMN ces INTEGER CHECK (ces BETWEEN 1 AND 7);
      ALTER TABLE conversations ADD COLUMN rated_at INTEGER;
      ALTER TABLE conversations ADD COLUMN rating_client_id TEXT;
      CREATE INDEX conversations_rated_at ON conversations (site_id, rated_at)
        WHERE rated_at IS NOT NULL;
    `)
  },
}
