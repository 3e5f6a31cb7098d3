import { type ClientFrameOf, minorOf, parseClientFrame, type ServerFrame } from '@chao/protocol'
import { Outbox } from './outbox.ts'
import type { KeyValueStorage } from './storage.ts'

/**
 * Control frames that must arrive (protocol 1.3): a post-chat rating. Unlike `typing` or
 * `read`, losing one loses what the visitor said, so they get the messages' guarantees: kept
 * in their own persisted outbox, sent after each `welcome`, and dropped only when the server
 * acknowledges (`rating:ack`) or refuses them for good (an `error` about their clientId).
 * The server stores each clientId once, so a resend after a lost ack changes nothing.
 */

/** A frame the connector delivers durably; `clientId` is required. */
export type DurableFrame = ClientFrameOf<'rating:submit'> & { clientId: string }

export interface DurableEntry {
  kind: 'rating'
  clientId: string
  frame: DurableFrame
  /** When it was queued, ms since the epoch. */
  createdAt: number
}

/** The ack rule of each durable kind: the clientId a server frame acknowledges. */
export function ackedClientId(frame: ServerFrame): string | undefined {
  return frame.type === 'rating:ack' ? frame.clientId : undefined
}

export class DurableFrames {
  private readonly outbox: Outbox<DurableEntry>

  constructor(storage: KeyValueStorage, key: string) {
    this.outbox = new Outbox<DurableEntry>(storage, key)
  }

  load(): Promise<void> {
    return this.outbox.load()
  }

  get size(): number {
    return this.outbox.size
  }

  list(): readonly DurableEntry[] {
    return this.outbox.list()
  }

  /** Validates and queues `frame` (persisted at once); a second add of its clientId is a no-op. */
  add(frame: DurableFrame, now: number): DurableEntry {
    const check = parseClientFrame(frame)
    if (!check.ok || frame.clientId === undefined) {
      const reason = check.ok ? 'it needs a clientId' : check.error.message
      throw new TypeError(`Cannot send this ${String(frame.type)} frame: ${reason}`)
    }
    const known = this.outbox.get(frame.clientId)
    if (known !== undefined) return known
    const entry: DurableEntry = { kind: 'rating', clientId: frame.clientId, frame, createdAt: now }
    this.outbox.add(entry)
    return entry
  }

  remove(clientId: string): DurableEntry | undefined {
    return this.outbox.remove(clientId)
  }

  /**
   * What to send for `entry` to a server speaking `version`: the frame, or for a 1.2 server
   * (no `rating:ack`) the frame without 1.3 fields, sent once: `once` tells the caller to
   * forget it after sending, as 1.2 clients did.
   */
  wire(
    entry: DurableEntry,
    version: string,
  ): { frame: DurableFrame | Omit<DurableFrame, 'clientId'>; once: boolean } {
    if (minorOf(version) >= 3) return { frame: entry.frame, once: false }
    const { clientId: _id, nps: _nps, ces: _ces, ...old } = entry.frame
    return { frame: old, once: true }
  }
}
