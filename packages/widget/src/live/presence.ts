import { createConnector } from '@chao/connector'
import { socketioAdapter } from '@chao/connector/socketio'
import type { KeyValueStorage } from '@chao/core'
import type { AgentProactive } from './page-views.ts'
import { shareVisitor } from './share-visitor.ts'

// Presence for sites that enable it (`data-presence="on"`): the widget connects at idle,
// before the visitor interacts, only to say which page they are on (the console's Live
// visitors) and to receive agents' proactive messages. Its own chunk (chao-presence.js),
// loaded on those sites only; nothing else is sent.

export interface PresenceOptions {
  /** `server` is set (presence needs it); `id` namespaces the stored session. */
  settings: { server?: string | undefined; id: string }
  /**
   * The page's `site` setting, else the site id from the server's `GET /api/v1/config`
   * (`site.id`), as the live chat. Undefined when neither is known: then presence stays off.
   */
  site: string | undefined
  storage: () => KeyValueStorage | null
  report: (message: string) => void
  win: Window
  watchRoutes: (win: Window, onChange: () => void) => () => void
  onProactive: (frame: AgentProactive) => void
}

/** Connects and reports the page on each `welcome` and route change; returns the stop. */
export function startPresence(options: PresenceOptions): () => void {
  const { win, settings, site } = options
  if (site === undefined) {
    // Guessing would list the visitor under another site, or be refused as unknown_site.
    options.report(
      `[Chao] Presence is off on this page: the site config (${settings.server}/api/v1/config) ` +
        'did not load, so the site id is unknown. Check that the server is reachable from this ' +
        'page, or set the site (data-site, window.chaoSettings.site or createChat({ site })).',
    )
    return () => {}
  }
  const storage = options.storage()
  if (storage) shareVisitor(storage, settings.id)
  const connector = createConnector({
    adapter: socketioAdapter({ url: settings.server ?? '' }),
    site,
    // Namespaced by settings.id, so that a reload is the same visitor (see share-visitor.ts).
    storageKey: `chao-presence:${settings.id}`,
    ...(storage ? { storage } : {}),
    push: true,
  })
  const send = () =>
    connector.sendFrame({
      type: 'page:view',
      url: win.location.href,
      title: win.document.title.slice(0, 300),
    })
  const stops = [
    connector.on('welcome', send),
    options.watchRoutes(win, send),
    connector.on('frame', (frame) => {
      if (frame.type === 'proactive') options.onProactive(frame)
    }),
  ]
  return () => {
    for (const stop of stops) stop()
    connector.destroy()
  }
}
