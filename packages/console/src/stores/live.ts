import { type Connector, createConnector } from '@chao/connector'
import { socketioAdapter } from '@chao/connector/socketio'
import type { AgentStatus, Attachment, ClientFrame } from '@chao/protocol'
import { atom } from 'nanostores'
import type { Agent } from '../api.ts'
import {
  $selected,
  $visitorTyping,
  addMessage,
  applyVisitorUpdate,
  reloadDetail,
} from './conversation.ts'
import { refreshInbox } from './inbox.ts'

/** The console's link to the server's `/agent` namespace (cookie-authenticated). */
export const $link = atom<'offline' | 'online'>('offline')
export const $status = atom<AgentStatus>('offline')
export const $lastError = atom<string | undefined>(undefined)
/** Bumped when the server says a visitor arrived, changed page or left (`visitors:changed`). */
export const $visitorsChanged = atom(0)
const bumpVisitors = () => $visitorsChanged.set($visitorsChanged.get() + 1)

let connector: Connector | undefined

/** Connects as `agent`; returns the disconnect function. Called when the agent logs in. */
export function connectLive(agent: Agent, onNewChat: () => void): () => void {
  const c = createConnector({
    adapter: socketioAdapter({ url: location.origin, namespace: '/agent' }),
    // `hello` needs a known site; every server has `demo` (its first migration). It does not
    // narrow anything: agents get the open conversations and live visitors of every site.
    site: 'demo',
    storageKey: `chao-console:${agent.id}`,
    push: true,
    backoff: { initial: 250, max: 5000 },
  })
  connector = c
  // Logging in means working: online, unless the agent had said away.
  $status.set(agent.status === 'away' ? 'away' : 'online')
  const offs = [
    c.$connection.subscribe((state) => $link.set(state === 'online' ? 'online' : 'offline')),
    c.on('welcome', () => {
      // Say the chosen status again: after a reconnect it restores it.
      c.sendFrame({ type: 'agent:status', status: $status.get() })
      void refreshInbox()
      // Changes while disconnected were not pushed: the live visitors reload too.
      bumpVisitors()
    }),
    c.on('message', ({ conversationId, seq, message }) => {
      addMessage(conversationId, seq, message)
      void refreshInbox()
    }),
    c.on('ack', (ack, entry) => {
      addMessage(ack.conversationId, ack.seq, {
        id: ack.id,
        clientId: ack.clientId,
        author: 'agent',
        text: entry.text,
        createdAt: ack.createdAt,
        agentName: agent.name,
      })
    }),
    c.on('frame', (frame) => {
      if (frame.type === 'typing' && frame.author === 'visitor') {
        $visitorTyping.setKey(frame.conversationId, frame.typing)
      } else if (frame.type === 'conversation:state') {
        if (frame.state === 'queued' && frame.agentId === undefined) onNewChat()
        void refreshInbox()
        if (frame.conversationId === $selected.get()) void reloadDetail()
      } else if (frame.type === 'agent:status') {
        if (frame.agentId === agent.id) $status.set(frame.status)
        void refreshInbox()
      } else if (frame.type === 'visitors:changed') {
        bumpVisitors()
      } else if (frame.type === 'visitor:updated') {
        applyVisitorUpdate(frame)
        // The inbox and the live visitors list show the name and email too.
        if (frame.name !== undefined || frame.email !== undefined) {
          void refreshInbox()
          bumpVisitors()
        }
      } else if (frame.type === 'error') {
        $lastError.set(frame.message)
      }
    }),
  ]
  return () => {
    for (const off of offs) off()
    c.destroy()
    connector = undefined
  }
}

/** Sends a routing or typing frame; false when offline. */
export function sendFrame(
  frame: Exclude<ClientFrame, { type: 'hello' | 'message:send' }>,
): boolean {
  $lastError.set(undefined)
  return connector?.sendFrame(frame) ?? false
}

export function sendReply(conversationId: string, text: string, files: Attachment[] = []): void {
  connector?.send(text, { conversationId, ...(files.length > 0 ? { attachments: files } : {}) })
}

export function setMyStatus(status: AgentStatus): void {
  $status.set(status)
  sendFrame({ type: 'agent:status', status })
}
