/**
 * @chao/connector — the client side of talking to a chat backend: the connector (outbox,
 * acks, retries with backoff, de-duplication, resume, `$connection`) over a small
 * `BackendAdapter`. Adapters are separate entry points: `@chao/connector/memory`,
 * `/socketio`, `/http`; the conformance suite is `@chao/connector/testing`.
 */
export type { AdapterSink, BackendAdapter } from './adapter.ts'
export { type BackoffOptions, backoffDelay } from './backoff.ts'
export { createClientId } from './client-id.ts'
export {
  type Connector,
  type ConnectorEvents,
  type ConnectorOptions,
  createConnector,
  type SendOptions,
} from './connector.ts'
export type { DurableEntry, DurableFrame } from './durable-frames.ts'
export { browserNetwork, type NetworkSignal } from './network.ts'
export type { ReadableStore } from './observable.ts'
export type { OutboxEntry } from './outbox.ts'
export { type KeyValueStorage, memoryStorage } from './storage.ts'
