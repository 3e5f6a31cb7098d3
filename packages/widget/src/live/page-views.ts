import type { Connector } from '@chao/connector'
import type { ChatEngine } from '@chao/core'
import type { ServerFrameOf } from '@chao/protocol'

/** An agent's proactive message (`proactive:send` in the console), for the bubble. */
export type AgentProactive = ServerFrameOf<'proactive'>

/**
 * While the live chat is connected: tells the server the page the visitor is on (on each
 * `welcome` and each route change the widget saw), for the live visitors list and the
 * visitor's profile; and hands agents' proactive messages to `onProactive`. Returns a stop.
 */
export function reportPageViews(
  engine: Pick<ChatEngine, '$page'>,
  connector: Pick<Connector, 'on' | 'sendFrame'>,
  onProactive?: (frame: AgentProactive) => void,
): () => void {
  const current = () =>
    engine.$page.get() ??
    (typeof location === 'object' ? { url: location.href, title: document.title } : null)
  const send = () => {
    const page = current()
    if (page && /^https?:/.test(page.url))
      connector.sendFrame({ type: 'page:view', url: page.url, title: page.title.slice(0, 300) })
  }
  const stops = [
    connector.on('welcome', send),
    engine.$page.listen(send),
    connector.on('frame', (frame) => {
      if (frame.type === 'proactive') onProactive?.(frame)
    }),
  ]
  return () => {
    for (const stop of stops) stop()
  }
}
