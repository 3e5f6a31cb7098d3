import type { ChatEngine, KeyValueStorage } from '@chao/core'
import type { SiteConfig } from '../lazy/load-site-config.ts'
import type { AgentProactive } from '../live/page-views.ts'
import type { WidgetSettings } from '../settings/settings.ts'

// Part of the chat on sites with a server (lazy/server-chat.ts), kept tiny: it only decides
// WHEN to load the live chat (src/live/, with the connector and socket.io), which it imports
// on the first handoff.

export interface GoLiveOptions {
  /** Where the connector keeps its outbox and session; read when the chat goes live. */
  storage: () => KeyValueStorage | null
  report: (message: string) => void
  /** The server's site config, fetched once for the whole chat (null: it did not load). */
  config: () => Promise<SiteConfig | null>
  /** An agent's proactive message while connected (for the widget's bubble). */
  onProactive?: ((frame: AgentProactive) => void) | undefined
  /** A handoff the visitor asked for before this was wired (the chat's server part is a chunk). */
  handoff?: { department?: string } | null
}

/**
 * On a site with a server: connects the chat to the team when the visitor asks for a
 * person, or at once when a restored conversation is already with a person. Returns a stop.
 */
export function wireLive(
  engine: ChatEngine,
  settings: WidgetSettings,
  options: GoLiveOptions,
): () => void {
  const { server } = settings
  if (!server) return () => {}
  let stopped = false
  let live: Promise<{ stop(): void } | null> | null = null
  const go = (request: boolean, department?: string) => {
    if (live || stopped) return
    live = Promise.all([import('../live/start-live.ts'), options.config()])
      .then(([{ startLive, siteUnknown }, config]) => {
        if (stopped) return null
        // The page's site, else the one the config answered; never a guess.
        const site = settings.site ?? config?.siteId
        if (!site) return siteUnknown(engine, settings, options.report)
        return startLive(engine, {
          server,
          site,
          storageKey: settings.id,
          storage: options.storage(),
          request,
          ...(department ? { department } : {}),
          settings,
          config,
          report: options.report,
          ...(options.onProactive ? { onProactive: options.onProactive } : {}),
        })
      })
      .catch((error: unknown) => {
        options.report(`[Chao] Live chat: ${error}`)
        return null
      })
  }
  const end = () => {
    const current = live
    live = null
    void current?.then((chat) => chat?.stop())
  }
  const stops = [
    // `handoff` comes in the same call that sets the mode, before the microtask below.
    engine.on('handoff', ({ department }) => go(true, department)),
    engine.$mode.subscribe((mode) => {
      if (mode === 'human') queueMicrotask(() => engine.$mode.get() === 'human' && go(false))
    }),
    engine.on('reset', end),
  ]
  // Before the microtask that the `human` mode above queued, so that the request is sent.
  if (options.handoff) go(true, options.handoff.department)
  return () => {
    stopped = true
    for (const stop of stops) stop()
    end()
  }
}
