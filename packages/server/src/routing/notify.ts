import { randomUUID } from 'node:crypto'
import type { ServerFrame } from '@chao/protocol'
import type { ConversationRecord } from '../db/chat-store.ts'
import type { Routed } from '../db/routing-store.ts'
import type { Store } from '../db/store.ts'
import { rooms } from '../realtime/rooms.ts'

/** Delivers frames to rooms on every node (the realtime Hub). */
export interface Publisher {
  publish(rooms: string[], frame: ServerFrame): void
}

/**
 * Tells both sides what routing did: the state (visitors get the agent's name, agents also
 * the ids), and a system line in the transcript so the visitor sees each step.
 */
export function createNotifier(store: Store, hub: Publisher) {
  async function systemLine(conversation: ConversationRecord, text: string): Promise<void> {
    const result = await store.appendMessage({
      siteId: conversation.siteId,
      conversationId: conversation.id,
      author: 'system',
      senderKey: 'system',
      clientId: randomUUID().replaceAll('-', ''),
      text,
    })
    if (result.kind !== 'stored') return
    const { seq, message } = result
    hub.publish([rooms.visitor(conversation.visitorId), rooms.agents], {
      type: 'message:new',
      conversationId: conversation.id,
      seq,
      message,
    })
  }

  function state(routed: Routed): void {
    const { conversation, agentName, agentId, department } = routed
    const base = { type: 'conversation:state' as const, conversationId: conversation.id }
    const visitorFrame: ServerFrame = { ...base, state: conversation.state }
    if (agentName !== null) visitorFrame.agentName = agentName
    hub.publish([rooms.visitor(conversation.visitorId)], visitorFrame)
    const agentFrame: ServerFrame = { ...visitorFrame, lastSeq: conversation.lastSeq }
    if (agentId !== null) agentFrame.agentId = agentId
    if (department !== null) agentFrame.department = department
    hub.publish([rooms.agents], agentFrame)
  }

  return {
    state,
    systemLine,
    async assigned(routed: Routed, note?: string): Promise<void> {
      state(routed)
      await systemLine(
        routed.conversation,
        `${routed.agentName ?? 'An agent'} joined the chat.${note ?? ''}`,
      )
    },
    async requeued(routed: Routed, why: string): Promise<void> {
      state(routed)
      await systemLine(routed.conversation, why)
    },
  }
}

export type Notifier = ReturnType<typeof createNotifier>
