import type { Migration } from './migrate.ts'

/**
 * Post-chat surveys (issue 9): NPS and CES beside the 1–5 CSAT `rating` of migration 2,
 * and when the visitor answered, so reports can filter ratings by date.
 */
export const createSurveys: Migration = {
  version: 4,
  name: 'create_surveys',
  up(db) {
    db.exec(`
      ALTER TABLE conversations ADD COLUMN nps INTEGER CHECK (nps BETWEEN 0 AND 10);
      ALTER TABLE conversations ADD COLUMN ces INTEGER CHECK (ces BETWEEN 1 AND 7);
      ALTER TABLE conversations ADD COLUMN rated_at INTEGER;
    `)
  },
}
