import type { WidgetEvent } from '@chao/protocol'
import type Database from 'better-sqlite3'

export interface WidgetEventStore {
  /** Stores a batch of widget analytics events (times already clamped) in one transaction. */
  addWidgetEvents(siteId: string, events: readonly WidgetEvent[]): Promise<void>
}

/** The SQLite side of `WidgetEventStore`. */
export function createEventQueries(db: Database.Database): WidgetEventStore {
  const insert = db.prepare(
    `INSERT INTO widget_events (site_id, session_id, type, text, faq_id, confident, helpful,
       rule_id, reason, page_url, created_at)
     VALUES (@site, @sessionId, @type, @text, @faqId, @confident, @helpful, @ruleId, @reason,
       @pageUrl, @at)`,
  )
  // A bot session starts at its earliest bot event (batches may arrive out of order) and
  // is handed off once any `bot:handoff` arrives.
  const session = db.prepare(
    `INSERT INTO widget_sessions (site_id, session_id, started_at, page_url, handoff)
     VALUES (@site, @sessionId, @at, @pageUrl, @handoff)
     ON CONFLICT (site_id, session_id) DO UPDATE SET
       page_url = CASE WHEN excluded.started_at < started_at THEN excluded.page_url ELSE page_url END,
       started_at = MIN(started_at, excluded.started_at),
       handoff = MAX(handoff, excluded.handoff)`,
  )
  const bool = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0)
  const insertAll = db.transaction((siteId: string, events: readonly WidgetEvent[]) => {
    for (const event of events) {
      insert.run({
        site: siteId,
        sessionId: event.sessionId,
        type: event.type,
        text: event.text ?? null,
        faqId: event.faqId ?? null,
        confident: bool(event.confident),
        helpful: bool(event.helpful),
        ruleId: event.ruleId ?? null,
        reason: event.reason ?? null,
        pageUrl: event.pageUrl ?? null,
        at: event.at,
      })
      if (event.type.startsWith('bot:')) {
        session.run({
          site: siteId,
          sessionId: event.sessionId,
          at: event.at,
          pageUrl: event.pageUrl ?? null,
          handoff: event.type === 'bot:handoff' ? 1 : 0,
        })
      }
    }
  })
  return {
    async addWidgetEvents(siteId, events) {
      insertAll(siteId, events)
    },
  }
}

/**
 * Rebuilds `widget_sessions` from `widget_events`, for data written straight into the
 * events table (the reports fixture, the large seed). The page is the first event's.
 */
export function rebuildWidgetSessions(db: Database.Database): void {
  db.exec(`DELETE FROM widget_sessions;
    INSERT INTO widget_sessions (site_id, session_id, started_at, page_url, handoff)
    SELECT site_id, session_id, MIN(created_at), page_url, MAX(type = 'bot:handoff')
    FROM widget_events WHERE type LIKE 'bot:%' GROUP BY site_id, session_id;`)
}
