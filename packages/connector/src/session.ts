import type { ConversationState, ServerFrameOf } from '@chao/protocol'
import { SeenSet, type SeenState } from './sequence.ts'
import { type KeyValueStorage, readJson, writeJson } from './storage.ts'

/** Conversations whose sequence numbers are remembered (and resumed), most recent last. */
const MAX_TRACKED = 20

interface StoredSession {
  token?: string
  visitorId?: string
  conversationId?: string
  state?: ConversationState
  seen?: Record<string, SeenState>
}

/**
 * Who we are to the server and where we are in each conversation, persisted so that a
 * reload resumes from the last message seen instead of starting over.
 */
export class Session {
  token: string | undefined
  visitorId: string | undefined
  conversationId: string | undefined
  state: ConversationState | undefined
  private seen = new Map<string, SeenSet>()

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {}

  /** What the server told us about who we are (only the ids it sent). */
  ids(): { visitorId?: string; conversationId?: string; token?: string } {
    const { visitorId, conversationId, token } = this
    return {
      ...(visitorId === undefined ? {} : { visitorId }),
      ...(conversationId === undefined ? {} : { conversationId }),
      ...(token === undefined ? {} : { token }),
    }
  }

  async load(): Promise<void> {
    const stored = await readJson<StoredSession>(this.storage, this.key)
    if (stored === undefined) return
    this.token = stored.token
    this.visitorId = stored.visitorId
    this.conversationId = stored.conversationId
    this.state = stored.state
    for (const [id, state] of Object.entries(stored.seen ?? {})) {
      if (Number.isInteger(state?.mark)) this.seen.set(id, new SeenSet(state))
    }
  }

  /** An open conversation keeps the connection wanted (agent replies may come). */
  get open(): boolean {
    return (
      this.conversationId !== undefined && (this.state === 'queued' || this.state === 'assigned')
    )
  }

  welcome(frame: ServerFrameOf<'welcome'>): void {
    if (frame.token !== undefined) this.token = frame.token
    if (frame.visitorId !== undefined) this.visitorId = frame.visitorId
    if (frame.conversation !== null) {
      this.conversationId = frame.conversation.id
      this.state = frame.conversation.state
      this.track(frame.conversation.id)
    } else if (this.open) {
      this.state = 'ended'
    }
    this.save()
  }

  setState(conversationId: string, state: ConversationState): void {
    if (conversationId !== this.conversationId && this.open && state !== 'queued') return
    this.conversationId = conversationId
    this.state = state
    this.save()
  }

  /** Records a sequence number; false when it was seen before (a duplicate to drop). */
  markSeen(conversationId: string, seq: number): boolean {
    const added = this.track(conversationId).add(seq)
    if (added) this.save()
    return added
  }

  /** The last contiguous seq seen in a conversation (0 when untracked). */
  mark(conversationId: string): number {
    return this.seen.get(conversationId)?.mark ?? 0
  }

  /** What `hello` asks to resume: each tracked conversation from its last contiguous seq. */
  resumeList(): { conversationId: string; lastSeq: number }[] {
    return [...this.seen].map(([conversationId, set]) => ({ conversationId, lastSeq: set.mark }))
  }

  private track(conversationId: string): SeenSet {
    let set = this.seen.get(conversationId)
    if (set === undefined) {
      set = new SeenSet()
      this.seen.set(conversationId, set)
      const oldest = this.seen.keys().next().value
      if (this.seen.size > MAX_TRACKED && oldest !== undefined) this.seen.delete(oldest)
    }
    return set
  }

  private save(): void {
    const seen: Record<string, SeenState> = {}
    for (const [id, set] of this.seen) seen[id] = set.toJSON()
    const stored: StoredSession = {
      token: this.token,
      visitorId: this.visitorId,
      conversationId: this.conversationId,
      state: this.state,
      seen,
    }
    writeJson(this.storage, this.key, stored)
  }
}
