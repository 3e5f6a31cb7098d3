import {
  type ClientFrame,
  type ClientFrameOf,
  type FrameProblem,
  minorOf,
  parseClientFrame,
  type ServerFrame,
} from '@chao/protocol'
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

/** What the durable outbox needs from the connector: its link, ack timer and events. */
export interface DurableLink {
  transmit(frame: ClientFrame): void
  /** Starts (true) or stops (false) waiting for an ack: no ack in time reopens the link. */
  await(clientId: string, waiting: boolean): void
  delivered(entry: DurableEntry): void
  rejected(entry: DurableEntry, problem: FrameProblem): void
}

export class DurableFrames {
  private readonly outbox: Outbox<DurableEntry>

  constructor(
    storage: KeyValueStorage,
    key: string,
    private readonly link: DurableLink,
  ) {
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

  /**
   * Validates and queues `frame` (persisted at once), and sends it when `online` is the
   * negotiated version of a welcomed link. A second add of the same clientId is a no-op.
   */
  add(frame: DurableFrame, online: string | undefined): DurableEntry {
    const check = parseClientFrame(frame)
    if (!check.ok || frame.clientId === undefined) {
      const reason = check.ok ? 'it needs a clientId' : check.error.message
      throw new TypeError(`Cannot send this ${String(frame.type)} frame: ${reason}`)
    }
    const known = this.outbox.get(frame.clientId)
    if (known !== undefined) return known
    const entry: DurableEntry = {
      kind: 'rating',
      clientId: frame.clientId,
      frame,
      createdAt: Date.now(),
    }
    this.outbox.add(entry)
    if (online !== undefined) this.send(entry, online)
    return entry
  }

  /** After `welcome`: sends every waiting frame to a server speaking `version`. */
  flush(version: string): void {
    for (const entry of [...this.outbox.list()]) this.send(entry, version)
  }

  /** A server frame that may acknowledge one of ours (`rating:ack`). */
  acknowledge(frame: ServerFrame): void {
    if (frame.type !== 'rating:ack') return
    const entry = this.outbox.remove(frame.clientId)
    if (entry === undefined) return // a late ack of a resend: already delivered
    this.link.await(entry.clientId, false)
    this.link.delivered(entry)
  }

  /** The server refused the frame with this clientId for good. */
  refuse(clientId: string, problem: FrameProblem): void {
    const entry = this.outbox.remove(clientId)
    if (entry === undefined) return
    this.link.await(entry.clientId, false)
    this.link.rejected(entry, problem)
  }

  /**
   * A 1.3 server gets the frame and owes an ack. A 1.2 server has no `rating:ack`: it gets
   * the 1.2 shape once, and the frame counts as delivered, as 1.2 clients did.
   */
  private send(entry: DurableEntry, version: string): void {
    if (minorOf(version) >= 3) {
      this.link.await(entry.clientId, true)
      this.link.transmit(entry.frame)
      return
    }
    const { clientId: _id, nps: _nps, ces: _ces, ...old } = entry.frame
    this.outbox.remove(entry.clientId)
    this.link.transmit(old as ClientFrame)
    this.link.delivered(entry)
  }
}
