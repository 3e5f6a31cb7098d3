/** socket.io room names; the Hub fans out to them on every node. */
export const rooms = {
  visitor: (id: string) => `visitor:${id}`,
  /** Visitors whose protocol has proactive messages (1.1+). */
  push: (id: string) => `push:${id}`,
  /** Every agent connection. */
  agents: 'agents',
  /** One agent's connections (all tabs, all nodes). */
  agent: (id: string) => `agent:${id}`,
}
