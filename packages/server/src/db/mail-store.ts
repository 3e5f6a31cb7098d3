import type { WireMessage } from '@chao/protocol'

export interface DueMail {
  conversationId: string
  visitor: { id: string; name: string | null; email: string }
  pageUrl: string | null
  /** The agent messages since the first unsent one. */
  messages: WireMessage[]
}

/** Mails that wait in the database, so any node can send them and none is lost on a restart. */
export interface MailStore {
  /** Agent reply at `seq`: mail it at `dueAt`, with any later ones, if the visitor is gone by then. */
  queueReplyMail(conversationId: string, seq: number, dueAt: number): Promise<void>
  /** Takes the mails due at `now` (removing them), with what to send; visitors without email are skipped. */
  takeDueMails(now: number): Promise<DueMail[]>
  /** The visitor's contact details, for transcripts by mail. */
  visitorContact(
    visitorId: string,
  ): Promise<{ name: string | null; email: string | null } | undefined>
}
