import type { ServerFrame } from '@chao/protocol'
import type { Server } from 'socket.io'

/** A connection that is not a socket.io socket: an SSE stream. */
export interface StreamSubscriber {
  rooms: Set<string>
  deliver(frame: ServerFrame): void
}

const FANOUT = 'chao:fanout'

/**
 * Delivers frames to rooms: socket.io sockets through socket.io's rooms (which the Redis
 * adapter spreads across nodes), SSE streams through a local registry, reached on other
 * nodes by `serverSideEmit`. No other per-process state.
 */
export class Hub {
  private readonly streams = new Set<StreamSubscriber>()

  /** `cluster`: a multi-node adapter (Redis) is installed, so tell the other nodes too. */
  constructor(
    private readonly io: Server,
    private readonly cluster = false,
  ) {
    if (cluster)
      io.on(FANOUT, (rooms: string[], frame: ServerFrame) => this.deliverLocal(rooms, frame))
  }

  /** To every connection in `rooms` except the socket with id `exceptSocket`. */
  publish(rooms: string[], frame: ServerFrame, exceptSocket?: string): void {
    for (const nsp of ['/', '/agent']) {
      let target = this.io.of(nsp).to(rooms)
      if (exceptSocket !== undefined) target = target.except(exceptSocket)
      target.emit(frame.type, frame)
    }
    this.deliverLocal(rooms, frame)
    if (this.cluster) this.io.serverSideEmit(FANOUT, rooms, frame)
  }

  /** Whether an SSE stream on this node is in `room`. */
  hasStream(room: string): boolean {
    for (const stream of this.streams) if (stream.rooms.has(room)) return true
    return false
  }

  subscribe(stream: StreamSubscriber): () => void {
    this.streams.add(stream)
    return () => this.streams.delete(stream)
  }

  private deliverLocal(rooms: string[], frame: ServerFrame): void {
    for (const stream of this.streams) {
      if (rooms.some((room) => stream.rooms.has(room))) stream.deliver(frame)
    }
  }
}
