import type { ChatEngine, ConversationMessage, Survey } from '@chao/core'
import type { ServerFrame, ServerFrameOf } from '@chao/protocol'

// Server frames → engine calls. Pure mapping, no connector: tested without a network.

type Engine = Pick<ChatEngine, 'receiveMessage' | 'setTyping' | 'setTeamStatus' | 't'>

/** What the live chat remembers between frames (the agent's name for typing). */
export interface LiveState {
  conversationId?: string
  agentName?: string
  ended?: boolean
  /** An agent took part (assigned, or wrote): the end of such a chat asks for a rating. */
  withAgent?: boolean
}

/** A system line with a stable id: the same event twice (replay, reconnect) shows once. */
function systemLine(engine: Engine, id: string, text: string, createdAt = Date.now()): void {
  engine.receiveMessage({ id: `live-${id}`, author: 'system', text, createdAt })
}

/** An agent's, bot's or (from another tab) the visitor's own message. */
export function applyMessage(
  engine: Engine,
  state: LiveState,
  { conversationId, message }: ServerFrameOf<'message:new'>,
): void {
  state.conversationId = conversationId
  // Routing steps arrive as `conversation:state` too, shown in the visitor's language.
  if (message.author === 'system') return
  const shown: ConversationMessage = {
    // A visitor message keeps the id the widget gave it (its clientId), so it shows once.
    id: message.author === 'visitor' ? (message.clientId ?? message.id) : message.id,
    author: message.author,
    text: message.text,
    createdAt: message.createdAt,
  }
  if (message.author === 'visitor') shown.status = 'sent'
  if (message.author === 'agent') state.withAgent = true
  const name = message.agentName ?? state.agentName
  if (message.author === 'agent' && name) shown.sender = { name }
  if (message.attachments) shown.attachments = message.attachments
  engine.receiveMessage(shown)
}

/** Every other frame: typing, conversation state, queue position, no agent available. */
export function applyFrame(
  engine: Engine,
  state: LiveState,
  frame: ServerFrame,
  survey?: Pick<Survey, 'conversationEnded' | 'conversationRated'>,
): void {
  const t = engine.t
  switch (frame.type) {
    case 'typing':
      if (frame.author === 'agent') engine.setTyping('agent', frame.typing, state.agentName)
      return
    case 'conversation:state': {
      const { conversationId: id, agentName } = frame
      state.conversationId = id
      if (frame.state === 'assigned') state.withAgent = true
      if (frame.state === 'assigned' && agentName) {
        if (agentName !== state.agentName) {
          systemLine(engine, `joined-${id}-${agentName}`, t('system.joined', { name: agentName }))
        }
        state.agentName = agentName
        engine.setTeamStatus(true)
      } else if (frame.state === 'ended' || frame.state === 'rated') {
        if (!state.ended) systemLine(engine, `ended-${id}`, t('system.ended'))
        state.ended = true
        engine.setTyping('agent', false)
        // The post-chat survey: after a chat an agent took part in, unless already rated.
        if (frame.state === 'rated') survey?.conversationRated(id)
        else survey?.conversationEnded(id, state.withAgent === true)
      } else if (frame.state === 'queued') {
        state.ended = false
        state.withAgent = false
      }
      return
    }
    case 'queue:position': {
      const position = frame.position + 1
      const text =
        frame.etaSeconds === undefined
          ? t('queue.positionNoEta', { position })
          : t('queue.position', {
              position,
              minutes: Math.max(1, Math.ceil(frame.etaSeconds / 60)),
            })
      // One line per conversation, updated in place as the queue moves.
      systemLine(engine, `queue-${frame.conversationId}`, text)
      return
    }
    case 'handoff:unavailable':
      engine.setTeamStatus(false)
      systemLine(engine, `unavailable-${Date.now()}`, t('handoff.unavailable'))
      return
    default:
      return
  }
}
