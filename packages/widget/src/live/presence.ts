import { createConnector } from '@chao/connector'
import { socketioAdapter } from '@chao/connector/socketio'
import type { KeyValueStorage } from '@chao/core'
import type { AgentProactive } from './page-views.ts'

// Presence for sites that enable it (`data-presence="on"`): the widget connects at idle,
// before the visitor interacts, only to say which page they are on (the console's Live
// visitors) and to receive agents' proactive messages. Its own chunk (chao-presence.js),
// loaded on those sites only; nothing else is sent.

export interface PresenceOptions {
  /** `server` is set (presence needs it); `id` namespaces the stored session. */
  settings: { server?: string | undefined; id: string }
  /** The site id from the server's config; the demo site's when the config did not load. */
  site: string | undefined
  storage: () => KeyValueStorage | null
  win: Window
  watchRoutes: (win: Window, onChange: () => void) => () => void
  onProactive: (frame: AgentProactive) => void
}

/** Connects and reports the page on each `welcome` and route change; returns the stop. */
export function startPresence(options: PresenceOptions): () => void {
  const { win, settings } = options
  const storage = options.storage()
  const connector = createConnector({
    adapter: socketioAdapter({ url: settings.server ?? '' }),
    site: options.site ?? 'demo',
    // Namespaced by settings.id, so that a reload is the same visitor.
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
