/** socket.io room names; the Hub fans out to them on every node. */
export const rooms = {
  visitor: (id: string) => `visitor:${id}`,
  /** Visitors whose protocol has proactive messages (1.1+). */
  push: (id: string) => `push:${id}`,
  /** Visitors of a site who are on one of its pages now (their `page:view`s). */
  live: (siteId: string) => `live:${siteId}`,
  /** Every agent connection. */
  agents: 'agents',
  /** One agent's connections (all tabs, all nodes). */
  agent: (id: string) => `agent:${id}`,
}
