/** The connector's public types: its options, events and methods (see docs/adapters.md). */
import type {
  Attachment,
  ClientFrame,
  ConnectionState,
  FrameProblem,
  ServerFrame,
  ServerFrameOf,
} from '@chao/protocol'
import type { BackendAdapter } from './adapter.ts'
import type { BackoffOptions } from './backoff.ts'
import type { DurableEntry, DurableFrame } from './durable-frames.ts'
import type { NetworkSignal } from './network.ts'
import type { ReadableStore } from './observable.ts'
import type { OutboxEntry } from './outbox.ts'
import type { KeyValueStorage } from './storage.ts'

export interface ConnectorOptions {
  adapter: BackendAdapter
  /** The site id the server knows this widget by. */
  site: string
  /** Keeps the outbox and session across reloads; pass `localStorage`. Default: memory. */
  storage?: KeyValueStorage
  /** Prefix of the storage keys, to run several connectors side by side. Default `chao`. */
  storageKey?: string
  /** A fixed token for `hello` (the agent's bearer token). Visitors get theirs from `welcome`. */
  token?: string
  /** Stay connected for server pushes (proactive messages) even with nothing to send. */
  push?: boolean
  /** No ack this long (ms) after a send: the link counts as broken and is reopened. */
  ackTimeout?: number
  /** Close the connection after this long (ms) with nothing to send and no open conversation. */
  idleTimeout?: number
  backoff?: BackoffOptions
  /** Source of jitter; tests pass a fixed one. */
  random?: () => number
  /** Network status; default the browser's online/offline events. `null` disables it. */
  network?: NetworkSignal | null
  /** Protocol version announced in `hello` (tests use older ones). */
  version?: string
}

export interface ConnectorEvents {
  /** A new message in a conversation, each sequence number once. */
  message: (frame: ServerFrameOf<'message:new'>) => void
  /** The server stored one of our messages. */
  ack: (ack: ServerFrameOf<'message:ack'>, entry: OutboxEntry) => void
  /** The server refused one of our messages for good; it left the outbox. */
  failed: (entry: OutboxEntry, error: FrameProblem) => void
  /** The server acknowledged a durable frame (a rating); it left the outbox. */
  delivered: (entry: DurableEntry) => void
  /** The server refused a durable frame for good; it left the outbox. */
  rejected: (entry: DurableEntry, error: FrameProblem) => void
  welcome: (frame: ServerFrameOf<'welcome'>) => void
  /** Every other valid frame: typing, read, conversation:state, queue:position, proactive, error. */
  frame: (frame: ServerFrame) => void
}

export interface SendOptions {
  conversationId?: string
  attachments?: Attachment[]
  /** Reuse an id made earlier (e.g. by core for its optimistic message). */
  clientId?: string
}

type ControlFrame = Exclude<ClientFrame, { type: 'hello' } | { type: 'message:send' }>

export interface Connector {
  /** `idle | connecting | online | offline | error`, for "Reconnecting…" in the widget. */
  readonly $connection: ReadableStore<ConnectionState>
  /** Resolves once the outbox and session are restored from storage. */
  readonly ready: Promise<void>
  /** Queues a message (persisted at once) and sends it as soon as the link is up. */
  send(text: string, options?: SendOptions): OutboxEntry
  /** Sends a transient frame (typing, read...) if online; false when it was not sent. */
  sendFrame(frame: ControlFrame): boolean
  /**
   * Queues a frame that must arrive (a rating with a `clientId`): persisted at once, sent as
   * soon as the link is up and again after each reconnection until the server acks it.
   */
  sendDurable(frame: DurableFrame): DurableEntry
  /** Durable frames not yet acknowledged, oldest first. */
  pendingFrames(): readonly DurableEntry[]
  /** Messages not yet acknowledged, oldest first. */
  pending(): readonly OutboxEntry[]
  session(): { visitorId?: string; conversationId?: string; token?: string }
  /** The error that put `$connection` in `error`. */
  lastError(): FrameProblem | undefined
  on<K extends keyof ConnectorEvents>(event: K, listener: ConnectorEvents[K]): () => void
  /** Keeps the connection open until `release()` (e.g. while the chat window is open). */
  hold(): void
  release(): void
  destroy(): void
}
