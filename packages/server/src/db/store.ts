import type { ReportStore } from '../reports/index.ts'
import type { AgentStore } from './agent-store.ts'
import type { CannedStore } from './canned-sqlite.ts'
import type { ChatStore } from './chat-store.ts'
import type { DashboardStore } from './dashboard-sqlite.ts'
import type { WidgetEventStore } from './events-sqlite.ts'
import type { MailStore } from './mail-store.ts'
import type { InboxStore, RoutingStore } from './routing-store.ts'
import type { LoginThrottle } from './throttle-sqlite.ts'
import type { UploadRefStore } from './upload-refs-sqlite.ts'
import type { VisitorDetailsStore } from './visitor-details-sqlite.ts'
import type { VisitorPageStore } from './visitor-pages-sqlite.ts'

/**
 * Storage behind a small interface so the SQLite default can be swapped for PostgreSQL.
 * Every method returns a promise even when the SQLite implementation is synchronous,
 * because a networked store cannot be.
 */
export interface Store
  extends ChatStore,
    AgentStore,
    RoutingStore,
    InboxStore,
    CannedStore,
    MailStore,
    DashboardStore,
    WidgetEventStore,
    VisitorPageStore,
    VisitorDetailsStore,
    ReportStore,
    UploadRefStore,
    LoginThrottle {
  /** The site with this id, or undefined when there is none. */
  getSite(id: string): Promise<SiteRecord | undefined>
  /** Every site, oldest first (`demo` comes first: every database has it from the start). */
  listSites(): Promise<SiteRecord[]>
  /** Adds a site with default settings; undefined when one with this id exists already. */
  createSite(site: { id: string; name: string }): Promise<SiteRecord | undefined>
  /** Merges `patch` into the site's settings; undefined when there is no such site. */
  updateSiteSettings(id: string, patch: Partial<SiteSettings>): Promise<SiteRecord | undefined>
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>
  /** Releases the connection. Idempotent. */
  close(): Promise<void>
}

/** Text per locale, e.g. `{ vi: 'Xin chào!', en: 'Hello!' }`. */
export type LocalizedText = Record<string, string>

/** A site's settings, stored as JSON. Unknown keys are kept for later migrations. */
export interface SiteSettings {
  /** The bot's first message when a visitor opens the chat. */
  greeting?: LocalizedText
  /** Proactive message rules (docs/proactive.md), validated when saved. */
  proactive?: unknown[]
  /** The bot's lead capture (core's LeadCaptureOptions), or null when turned off. */
  leadCapture?: unknown
  /** The post-chat survey (core's SiteSurvey), or null for the default. */
  survey?: unknown
  [key: string]: unknown
}

/** A site id, as widgets send it (`data-site`, `?site=`, `hello`): 1–64 letters, digits, `-`, `_`. */
export const SITE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

export interface SiteRecord {
  id: string
  name: string
  settings: SiteSettings
  /** ISO 8601 timestamp. */
  createdAt: string
}
