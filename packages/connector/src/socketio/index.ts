import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client'
import type { AdapterSink, BackendAdapter } from '../adapter.ts'

export interface SocketioAdapterOptions {
  /** The server's origin, e.g. `https://chat.example.com`. */
  url: string
  /** `/` for visitors (default), `/agent` for agents. */
  namespace?: string
  /** Engine.IO path on the server. Default `/socket.io`. */
  path?: string
  /** Passed to socket.io-client; the adapter sets `reconnection: false` (the connector retries). */
  socket?: Partial<ManagerOptions & SocketOptions>
}

/**
 * The reference server over socket.io. One socket.io event per frame type, the frame as
 * its payload (`ClientToServerEvents` in @chao/protocol). socket.io-client (about 14 KB
 * brotli) is loaded with a dynamic import on the first connect, so a bundler splits it
 * out and pages that never go live never download it.
 */
export function socketioAdapter(options: SocketioAdapterOptions): BackendAdapter {
  let socket: Socket | undefined
  return {
    async connect(sink: AdapterSink) {
      const { io } = await import('socket.io-client')
      const current = io(`${options.url.replace(/\/$/, '')}${options.namespace ?? '/'}`, {
        path: options.path ?? '/socket.io',
        // A handshake that hangs counts as failed well before socket.io's 20 s default.
        timeout: 10_000,
        ...options.socket,
        reconnection: false,
        forceNew: true,
      })
      socket = current
      let reported = false
      const report = (state: 'online' | 'offline', reason?: string) => {
        if (socket !== current) return
        if (state === 'offline') {
          if (reported && !current.connected && reason === undefined) return
          current.removeAllListeners()
          current.offAny()
          current.disconnect()
          socket = undefined
        }
        reported = true
        sink.status(state, reason)
      }
      current.on('connect', () => report('online'))
      current.on('connect_error', (error) => report('offline', error.message))
      current.on('disconnect', (reason) => report('offline', reason))
      current.onAny((_event: string, frame: unknown) => {
        if (socket === current) sink.receive(frame)
      })
    },
    send(frame) {
      if (socket === undefined || !socket.connected) throw new Error('Not connected')
      socket.emit(frame.type, frame)
    },
    disconnect() {
      const current = socket
      socket = undefined
      current?.removeAllListeners()
      current?.offAny()
      current?.disconnect()
    },
  }
}
