import type { AdapterSink, BackendAdapter } from '@chao/connector'

export interface MessagePortAdapterOptions {
  /** Opens a port to the backend (a worker, an iframe, another tab's BroadcastChannel…). */
  open(): MessagePort
}

/**
 * A backend adapter over a MessagePort. It only moves frames: the connector does the rest
 * (outbox, acks, retries with backoff, de-duplication, resume). The contract:
 *  - connect(sink): open one connection, report `online` when frames can flow, `offline`
 *    when it breaks; never reconnect on your own;
 *  - send(frame): send in order; throw when there is no connection;
 *  - disconnect(): close; report nothing more for that connection.
 */
export function messagePortAdapter(options: MessagePortAdapterOptions): BackendAdapter {
  let port: MessagePort | undefined
  return {
    connect(sink: AdapterSink) {
      const current = options.open()
      port = current
      current.onmessage = (event) => {
        if (port !== current) return
        if (event.data === 'closed') {
          port = undefined
          sink.status('offline', 'the backend closed the port')
        } else sink.receive(event.data)
      }
      current.start()
      queueMicrotask(() => port === current && sink.status('online'))
    },
    send(frame) {
      if (port === undefined) throw new Error('Not connected')
      port.postMessage(frame)
    },
    disconnect() {
      port?.postMessage('close')
      port?.close()
      port = undefined
    },
  }
}
