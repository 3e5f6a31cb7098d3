import type { ClientFrameOf, ErrorCode } from '@chao/protocol'
import type { ConversationRecord } from '../db/chat-store.ts'
import type { Store } from '../db/store.ts'
import type { Outlet, Session } from './engine.ts'

export interface RatingDeps {
  store: Pick<Store, 'getConversation' | 'rateConversation'>
  /** Tells both sides the conversation's new state. */
  announce(conversation: ConversationRecord, out: Outlet): void
}

/**
 * `rating:submit`: stored once per conversation, after it ended, for its own visitor only.
 * A retry with the `clientId` that was stored is acknowledged again (the connector resends
 * until it has the ack), so a lost ack never turns into an error for the visitor.
 */
export async function submitRating(
  deps: RatingDeps,
  session: Session,
  frame: ClientFrameOf<'rating:submit'>,
  out: Outlet,
  fail: (code: ErrorCode, message: string) => void,
): Promise<void> {
  const conversation = await deps.store.getConversation(frame.conversationId)
  // Someone else's conversation gets the same answer as an unknown one: nothing to rate.
  if (
    conversation === undefined ||
    conversation.siteId !== session.siteId ||
    conversation.visitorId !== session.visitorId
  ) {
    return fail('rating_not_allowed', 'This visitor has no such conversation to rate.')
  }
  const { type: _type, conversationId, ...rating } = frame
  const result = await deps.store.rateConversation(conversationId, rating)
  if (result === 'refused') {
    return fail('rating_not_allowed', 'Only an ended conversation can be rated, once.')
  }
  if (frame.clientId !== undefined) {
    out.reply({ type: 'rating:ack', clientId: frame.clientId, conversationId })
  }
  if (result === 'stored') deps.announce({ ...conversation, state: 'rated' }, out)
}
