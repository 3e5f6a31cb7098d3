import { type Connector, createConnector } from '../../packages/connector/dist/index.js'
import { socketioAdapter } from '../../packages/connector/dist/socketio/index.js'
import { AGENT_TOKEN } from './server.ts'

export const agentAdapter = (url: string) =>
  socketioAdapter({ url, namespace: '/agent', socket: { transports: ['websocket'] } })

/** The agent side, in Node: a connector on the `/agent` namespace that sees every message. */
export class AgentView {
  readonly connector: Connector
  private readonly seen = new Map<string, Map<number, string>>()

  constructor(url: string) {
    this.connector = createConnector({
      adapter: agentAdapter(url),
      site: 'demo',
      token: AGENT_TOKEN,
      push: true,
      network: null,
      backoff: { initial: 100, max: 1000 },
    })
    this.connector.on('message', ({ conversationId, seq, message }) => {
      let conversation = this.seen.get(conversationId)
      if (conversation === undefined) {
        conversation = new Map()
        this.seen.set(conversationId, conversation)
      }
      // The connector drops every seq it has seen: a second copy would be a bug to catch.
      if (conversation.has(seq)) throw new Error(`seq ${seq} delivered twice`)
      conversation.set(seq, message.text)
    })
  }

  /** What this view holds, for failure messages. */
  describe(): string {
    const sizes = [...this.seen].map(([id, c]) => `${id}: ${c.size}`).join(', ')
    return `agent ${this.connector.$connection.get()}, conversations {${sizes}}`
  }

  /** How many messages it has seen, over all conversations. */
  count(): number {
    let n = 0
    for (const conversation of this.seen.values()) n += conversation.size
    return n
  }

  /** The texts of a conversation in seq order. */
  texts(conversationId: string): string[] {
    const conversation = this.seen.get(conversationId) ?? new Map<number, string>()
    return [...conversation].sort((a, b) => a[0] - b[0]).map(([, text]) => text)
  }
}
