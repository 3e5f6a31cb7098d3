import { type Connector, createConnector } from '../../packages/connector/dist/index.js'
import { socketioAdapter } from '../../packages/connector/dist/socketio/index.js'
import type { ServerFrame } from '../../packages/protocol/dist/index.js'

type HandoffContext = Record<string, unknown>

/**
 * The visitor side in Node, through the real connector: what the widget will do once its
 * handoff UI is wired to these frames (the widget is being rebuilt meanwhile).
 */
export class NodeVisitor {
  readonly connector: Connector
  readonly frames: ServerFrame[] = []
  /** seq → author: text, as the visitor would see the chat. */
  private readonly lines = new Map<number, string>()

  constructor(url: string) {
    this.connector = createConnector({
      adapter: socketioAdapter({ url, socket: { transports: ['websocket'] } }),
      site: 'demo',
      push: true,
      network: null,
      backoff: { initial: 100, max: 1000 },
    })
    this.connector.on('frame', (frame) => this.frames.push(frame))
    this.connector.on('message', ({ seq, message }) =>
      this.lines.set(seq, `${message.author}: ${message.text}`),
    )
    this.connector.on('ack', (ack, entry) => this.lines.set(ack.seq, `visitor: ${entry.text}`))
  }

  async ready(): Promise<void> {
    await this.connector.ready
  }

  /** Asks for a human with what the bot learnt. */
  requestHuman(context: HandoffContext = {}): boolean {
    return this.connector.sendFrame({ type: 'handoff:request', ...context } as never)
  }

  send(text: string): void {
    this.connector.send(text)
  }

  typing(typing: boolean): void {
    const conversationId = this.conversationId()
    if (conversationId !== undefined)
      this.connector.sendFrame({ type: 'typing', conversationId, typing })
  }

  conversationId(): string | undefined {
    const state = [...this.frames].reverse().find((f) => f.type === 'conversation:state')
    return state?.type === 'conversation:state'
      ? state.conversationId
      : this.connector.session().conversationId
  }

  last<T extends ServerFrame['type']>(type: T): Extract<ServerFrame, { type: T }> | undefined {
    return [...this.frames].reverse().find((f) => f.type === type) as
      | Extract<ServerFrame, { type: T }>
      | undefined
  }

  /** The latest conversation state, with the agent's name. */
  state(): string {
    const s = this.last('conversation:state')
    return s === undefined
      ? 'none'
      : `${s.state}${s.agentName === undefined ? '' : ` ${s.agentName}`}`
  }

  transcript(): string[] {
    return [...this.lines].sort((a, b) => a[0] - b[0]).map(([, line]) => line)
  }

  agentTyping(): boolean {
    const t = this.last('typing')
    return t?.author === 'agent' && t.typing
  }

  close(): void {
    this.connector.destroy()
  }
}
