/// <reference lib="dom" />
// Browser globals (fetch, EventSource, window events) are used where present; Node 20 has all but EventSource.
import type { ClientFrame } from '@chao/protocol'

/** What an adapter reports to the connector. */
export interface AdapterSink {
  /** A frame from the backend, parsed from JSON but not validated: the connector does that. */
  receive(frame: unknown): void
  /**
   * `online`: frames can be sent now (the connector then sends `hello`). `offline`: the
   * transport is gone or could not be opened. Report each at most once per `connect()`.
   */
  status(state: 'online' | 'offline', reason?: string): void
}

/**
 * A backend transport. The connector owns every delivery guarantee (outbox, acks, retries
 * with backoff, de-duplication, resume), so an adapter only moves frames:
 * - `connect(sink)` opens one connection and reports through `sink`; it never reconnects by
 *   itself (the connector decides when, with backoff);
 * - `send(frame)` sends one frame in order; it may throw or reject when the transport is
 *   down (the frame stays in the connector's outbox);
 * - `disconnect()` closes; the sink of that connection hears nothing more.
 * docs/adapters.md walks through writing one; `@chao/connector/testing` checks it.
 */
export interface BackendAdapter {
  connect(sink: AdapterSink): void | Promise<void>
  send(frame: ClientFrame): void | Promise<void>
  disconnect(): void | Promise<void>
}
