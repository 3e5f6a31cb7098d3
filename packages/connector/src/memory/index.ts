import type { ServerFrame } from '@chao/protocol'
import type { AdapterSink, BackendAdapter } from '../adapter.ts'
import { createMemoryBackend, type MemoryBackend, type MemoryConnection } from './backend.ts'

export interface MemoryAdapterOptions {
  /** The in-page backend; share one between adapters to simulate several tabs or an agent. */
  backend?: MemoryBackend
  role?: 'visitor' | 'agent'
}

/**
 * An adapter to an in-page backend: for bot-only sites, demos and tests. Frames cross as
 * JSON copies on a later microtask, as they would over a network.
 */
export function memoryAdapter(options: MemoryAdapterOptions = {}): BackendAdapter {
  const backend = options.backend ?? createMemoryBackend()
  let connection: MemoryConnection | undefined
  return {
    connect(sink: AdapterSink) {
      const current = backend.connect(options.role ?? 'visitor', (frame: ServerFrame) => {
        const copy = JSON.stringify(frame)
        queueMicrotask(() => connection === current && sink.receive(JSON.parse(copy)))
      })
      connection = current
      queueMicrotask(() => connection === current && sink.status('online'))
    },
    send(frame) {
      if (connection === undefined) throw new Error('Not connected')
      const target = connection
      const copy = JSON.stringify(frame)
      queueMicrotask(() => target.receive(JSON.parse(copy)))
    },
    disconnect() {
      connection?.close()
      connection = undefined
    },
  }
}

export { createMemoryBackend, type MemoryBackend, type MemoryBackendOptions } from './backend.ts'
