import { createChat } from './chat-migration.ts'
import { createWidgetEvents } from './events-migration.ts'
import type { Migration } from './migrate.ts'
import { createRouting } from './routing-migration.ts'
import { createSurveys } from './survey-migration.ts'
import { createVisitorPages } from './visitor-pages-migration.ts'

/** The demo site's settings; the demo pages at `/` load the widget for site `demo`. */
const DEMO_SITE_SETTINGS = {
  greeting: {
    vi: 'Xin chào! Mình là trợ lý của Chao Shop. Bạn cần giúp gì ạ?',
    en: "Hi! I'm the Chao Shop assistant. How can I help?",
  },
}

/** The schema history, oldest first. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'create_sites',
    up(db) {
      db.exec(`CREATE TABLE sites (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        config TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
        created_at TEXT NOT NULL
      )`)
      db.prepare('INSERT INTO sites (id, name, config, created_at) VALUES (?, ?, ?, ?)').run(
        'demo',
        'Chao Shop',
        JSON.stringify(DEMO_SITE_SETTINGS),
        new Date().toISOString(),
      )
    },
  },
  createChat,
  createRouting,
  createSurveys,
  createWidgetEvents,
  createVisitorPages,
]
