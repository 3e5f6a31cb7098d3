/**
 * @chao/connector — the client side of talking to a chat backend.
 *
 * This release defines the adapter contract only. The Connector itself (outbox, acks,
 * retries, resume) and the memory / socketio / http adapters arrive with the live-chat
 * work (issue 6); until then the widget runs its FAQ bot entirely in the page.
 */
import type { ChatMessage } from '@chao/protocol'

/** What an adapter delivers to the connector. */
export interface AdapterSink {
  /** A frame (already parsed) from the backend. The connector validates it. */
  receive(frame: unknown): void
  /** The transport state changed. */
  status(state: 'connecting' | 'online' | 'offline'): void
}

/**
 * A backend transport. Three members, as small as TanStack's Persister: everything else
 * (delivery guarantees, de-duplication) lives in the connector so that every adapter
 * gets it for free.
 */
export interface BackendAdapter {
  connect(sink: AdapterSink): void | Promise<void>
  send(frame: unknown): void | Promise<void>
  disconnect(): void | Promise<void>
}

export type { ChatMessage }
