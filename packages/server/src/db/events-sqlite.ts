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
    }
  })
  return {
    async addWidgetEvents(siteId, events) {
      insertAll(siteId, events)
    },
  }
}
