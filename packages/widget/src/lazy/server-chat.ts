import type { BotEvent, ChatEngine, Consent } from '@chao/core'
import type { WritableAtom } from 'nanostores'
import { wireLive } from '../chat/go-live.ts'
import type { TextLoader } from '../chat/load-catalog.ts'
import { webStorage } from '../chat/web-storage.ts'
import type { AgentProactive } from '../live/page-views.ts'
import type { SettingsSource, WidgetSettings } from '../settings/settings.ts'
import type { LoadOptions } from './load-faq.ts'
import { loadSiteConfig, type SiteConfig } from './load-site-config.ts'

// The live chat (src/live/) takes these from here, not from load-site-config.ts: so the config's
// code has one importer, and loads in this chunk (one request) rather than a chunk of its own.
export { reportUnknownSite, SITE_SETTING } from './load-site-config.ts'

// The chat's part on sites with a server: the site config (title, lead capture), the bot's
// analytics events, and the live chat when the visitor asks for a person. A lazy chunk that
// mountChat loads with the window on those sites only, so a bot-only chat never carries it.

/** What happened in the chat before this chunk arrived; mountChat keeps it meanwhile. */
export interface EarlyEvents {
  /** The bot's analytics events, oldest first (at most 50). */
  analytics: BotEvent[]
  /** A handoff the visitor asked for (null: none, or the chat was reset since). */
  handoff: { department?: string } | null
  /** Stops keeping them: the live chat and the analytics sender listen from now on. */
  stop(): void
}

export interface ServerChatOptions {
  settings: WidgetSettings
  /** settings.server */
  server: string
  consent: Consent
  /** The window's title: the site's name from the config, unless the page set a title. */
  $siteName: WritableAtom<string | null>
  /** Plugs lead capture from the config; null when the page's settings set it. */
  leadCapture: ((lead: { leadCapture: unknown; source: SettingsSource }) => unknown) | null
  /** The chat's texts: the live chat waits for the extra ones (chat/load-catalog.ts). */
  texts: Pick<TextLoader, 'extra'>
  load: LoadOptions
  early: EarlyEvents
  /** The page's window: its storage, and where `pagehide` is heard. */
  target: Window
  onProactive?: ((frame: AgentProactive) => void) | undefined
}

/** Wires the chat of `engine` to the server. Returns the stop (used on destroy). */
export function wireServer(engine: ChatEngine, options: ServerChatOptions): () => void {
  const { settings, server, consent, load, early, target } = options
  const failed = (error: unknown) =>
    load.report(`[Chao] A part of the chat failed to load: ${error}`)
  let stopped = false
  // The server's config, fetched once and shared by the window and the live chat; a failed
  // fetch (reported once by loadSiteConfig) is tried again by the next caller.
  let siteConfig: Promise<SiteConfig | null> | null = null
  const loadConfig = () => {
    siteConfig ??= loadSiteConfig(settings, load).then((loaded) => {
      if (!loaded) siteConfig = null
      return loaded
    })
    return siteConfig
  }
  const stopLive = wireLive(engine, settings, {
    // The live chat starts once its texts are in too (a failed load is reported, not fatal).
    config: () =>
      Promise.all([loadConfig(), options.texts.extra().catch(failed)]).then(([config]) => config),
    // The live chat's outbox is stored only once the visitor consented, like the chat.
    storage: () => (consent.$granted.get() ? webStorage(target, 'localStorage') : null),
    report: load.report,
    onProactive: options.onProactive,
    handoff: early.handoff,
  })
  let stopBotEvents = early.stop
  // The title may arrive late; the window does not wait for the server. The analytics sender
  // (a chunk it shares with the proactive engine's) loads meanwhile.
  void Promise.all([loadConfig(), import('../analytics/bot-events.ts')])
    .then(([config, { sendBotEvents }]) => {
      if (!config || stopped) return
      if (config.siteName && !settings.title) options.$siteName.set(config.siteName)
      if (options.leadCapture && config.leadCapture) {
        void options.leadCapture({ leadCapture: config.leadCapture, source: 'api' })
      }
      early.stop()
      const site = settings.site ?? config.siteId // as the live chat does
      if (!site) return
      stopBotEvents = sendBotEvents(engine, {
        server,
        site,
        consent,
        target,
        early: early.analytics.splice(0),
        ...(load.fetch ? { fetch: load.fetch } : {}),
      })
    })
    .catch(failed)
  return () => {
    stopped = true
    stopLive()
    stopBotEvents()
  }
}
