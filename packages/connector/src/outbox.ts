import type { Attachment } from '@chao/protocol'
import { type KeyValueStorage, readJson, writeJson } from './storage.ts'

/** A message written but not yet acknowledged by the server. */
export interface OutboxEntry {
  clientId: string
  text: string
  conversationId?: string
  attachments?: Attachment[]
  /** When it was written, ms since the epoch. */
  createdAt: number
}

/**
 * The unacknowledged messages (or, with another entry type, durable control frames), in
 * the order written, persisted on every change.
 */
export class Outbox<E extends { clientId: string } = OutboxEntry> {
  private entries: E[] = []

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {}

  /** Restores entries from storage, ahead of any written before it finished. */
  async load(): Promise<void> {
    const stored = await readJson<E[]>(this.storage, this.key)
    if (!Array.isArray(stored)) return
    const known = new Set(this.entries.map((entry) => entry.clientId))
    const restored = stored.filter(
      (entry) => typeof entry?.clientId === 'string' && !known.has(entry.clientId),
    )
    this.entries = [...restored, ...this.entries]
    this.save()
  }

  get size(): number {
    return this.entries.length
  }

  list(): readonly E[] {
    return this.entries
  }

  get(clientId: string): E | undefined {
    return this.entries.find((entry) => entry.clientId === clientId)
  }

  add(entry: E): void {
    this.entries.push(entry)
    this.save()
  }

  remove(clientId: string): E | undefined {
    const index = this.entries.findIndex((entry) => entry.clientId === clientId)
    if (index < 0) return undefined
    const [entry] = this.entries.splice(index, 1)
    this.save()
    return entry
  }

  private save(): void {
    writeJson(this.storage, this.key, this.entries)
  }
}
