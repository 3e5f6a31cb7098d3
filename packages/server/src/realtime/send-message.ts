import type { ClientFrameOf, ErrorCode } from '@chao/protocol'
import type { ConversationRecord } from '../db/chat-store.ts'
import type { Store } from '../db/store.ts'
import type { Outlet, Session } from './engine.ts'

export interface SendDeps {
  store: Store
  roomsOf(conversation: ConversationRecord): string[]
  announce(conversation: ConversationRecord, out: Outlet): void
  settle(): Promise<void>
  onAgentReply?: (conversation: ConversationRecord, seq: number) => Promise<void>
}

type Fail = (code: ErrorCode, message: string) => void

/**
 * `message:send`: stored once per (sender, clientId) with the next seq, acked to the
 * sender, fanned out to the conversation's rooms; a retry gets the original ack.
 */
export async function sendMessage(
  deps: SendDeps,
  session: Session,
  frame: ClientFrameOf<'message:send'>,
  out: Outlet,
  fail: Fail,
): Promise<void> {
  if (session.role === 'agent' && frame.conversationId === undefined) {
    return fail('invalid_frame', 'frame.conversationId is required for agents.')
  }
  const result = await deps.store.appendMessage({
    siteId: session.siteId as string,
    ...(session.visitorId === undefined ? {} : { visitorId: session.visitorId }),
    ...(frame.conversationId === undefined ? {} : { conversationId: frame.conversationId }),
    author: session.role,
    senderKey:
      session.role === 'visitor'
        ? `visitor:${session.visitorId}`
        : session.agent === undefined
          ? 'agent'
          : `agent:${session.agent.id}`,
    ...(session.agent === undefined
      ? {}
      : { agentId: session.agent.id, agentName: session.agent.name }),
    clientId: frame.clientId,
    text: frame.text,
    ...(frame.attachments === undefined ? {} : { attachments: frame.attachments }),
  })
  if (result.kind === 'refused') {
    const reasons = {
      conversation_not_found: `No conversation ${frame.conversationId}.`,
      forbidden: 'This conversation belongs to another visitor.',
      conversation_ended:
        'This conversation has ended; send without conversationId to start a new one.',
    }
    return fail(result.code, reasons[result.code])
  }
  const { clientId } = frame
  if (result.kind === 'duplicate') {
    const { conversationId, seq, message } = result
    return out.reply({
      type: 'message:ack',
      clientId,
      id: message.id,
      conversationId,
      seq,
      createdAt: message.createdAt,
      duplicate: true,
    })
  }
  const { conversation, seq, message } = result
  const conversationId = conversation.id
  out.reply({
    type: 'message:ack',
    clientId,
    id: message.id,
    conversationId,
    seq,
    createdAt: message.createdAt,
  })
  out.publish(deps.roomsOf(conversation), { type: 'message:new', conversationId, seq, message })
  if (result.created || result.stateChanged) deps.announce(conversation, out)
  // A visitor's first message opens a queued conversation: route it.
  if (result.created) await deps.settle()
  if (session.role === 'agent') await deps.onAgentReply?.(conversation, seq)
}
