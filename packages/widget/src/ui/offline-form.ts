import type { ChatEngine } from '@chao/core'
import { atom } from 'nanostores'

/** What the offline form sends: `ticket:create` without the ids the live chat adds. */
export interface TicketFields {
  name: string
  email: string
  message: string
}

/** Set by the live chat on `handoff:unavailable`: nobody can take the chat. */
export interface OfflineTicket {
  engine: ChatEngine
  /**
   * Uploads `files` (an `UploadError` says why one failed), then sends `ticket:create` with
   * them (again after a reconnection) until `ticket:created`; its id.
   */
  create(fields: TicketFields, files?: readonly File[]): Promise<string>
}

/** While set (for its engine), the chat window shows the offline form (a lazy chunk). */
export const $offline = atom<OfflineTicket | null>(null)
