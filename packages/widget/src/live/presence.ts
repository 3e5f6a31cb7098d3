import { createConnector } from '@chao/connector'
import { socketioAdapter } from '@chao/connector/socketio'
import type { KeyValueStorage } from '@chao/core'
import type { AgentProactive } from './page-views.ts'

// Presence for sites that enable it (`data-presence="on"`): the widget connects at idle,
// before the visitor interacts, only to say which page they are on (the console's Live
// visitors) and to receive agents' proactive messages. Its own chunk (chao-presence.js),
// loaded on those sites only; nothing else is sent.

export interface PresenceOptions {
  server: string
  site: string
  /** Namespace of the stored session (settings.id), so a reload is the same visitor. */
  storageKey: string
  storage: KeyValueStorage | null
  win: Window
  watchRoutes: (win: Window, onChange: () => void) => () => void
  onProactive: (frame: AgentProactive) => void
}

/** Connects and reports the page on each `welcome` and route change; returns the stop. */
export function startPresence(options: PresenceOptions): () => void {
  const { win } = options
  const connector = createConnector({
    adapter: socketioAdapter({ url: options.server }),
    site: options.site,
    storageKey: `chao-presence:${options.storageKey}`,
    ...(options.storage ? { storage: options.storage } : {}),
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
