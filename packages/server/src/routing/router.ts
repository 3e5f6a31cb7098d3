import type { AgentStatus, ClientFrameOf, ErrorCode, ServerFrame } from '@chao/protocol'
import type { FastifyBaseLogger } from 'fastify'
import type { AgentRecord } from '../db/agent-store.ts'
import type { RouteResult } from '../db/routing-store.ts'
import type { Store } from '../db/store.ts'
import { rooms } from '../realtime/rooms.ts'
import { isOpen, nextOpening } from './business-hours.ts'
import { createNotifier, type Publisher } from './notify.ts'

export interface RouterOptions {
  store: Store
  hub: Publisher
  log: FastifyBaseLogger
  /** How long an agent may be gone before their chats go back to the queue, ms. */
  graceMs: number
  /** A connection not refreshed by its node for this long is gone (the node died), ms. */
  staleMs: number
  now?: () => number
}

/** What a handoff request answers the visitor. */
export type HandoffAnswer = ServerFrame[]

const REFUSALS: Record<string, string> = {
  conversation_not_found: 'No such conversation.',
  conversation_ended: 'This conversation has ended.',
  already_assigned: 'Another agent has this conversation; ask them to transfer it.',
  agent_unavailable: 'That agent is offline or not connected; pick another agent or a department.',
}

export class RouteError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Routing and queue (docs/agents.md): handoff into the queue, automatic assignment, claim,
 * transfer, end, agent status and presence, queue positions. All state is in the store;
 * this object only decides and fans out, so every node can run one.
 */
export function createRouter(options: RouterOptions) {
  const { store, hub, log } = options
  const now = options.now ?? Date.now
  const notify = createNotifier(store, hub)

  /** Assigns whatever can be assigned, then tells every queued visitor their position. */
  async function settle(): Promise<void> {
    for (const routed of await store.assignQueued(now())) await notify.assigned(routed)
    await publishQueue()
  }

  async function publishQueue(): Promise<void> {
    const queue = await store.queue()
    const average = await store.averageWaitSeconds()
    queue.forEach((entry, position) => {
      const frame: ServerFrame = { type: 'queue:position', conversationId: entry.id, position }
      if (average !== undefined) frame.etaSeconds = average * (position + 1)
      hub.publish([rooms.visitor(entry.visitorId)], frame)
    })
  }

  function unwrap(result: RouteResult) {
    if (!result.ok) throw new RouteError(result.code, REFUSALS[result.code] ?? result.code)
    return result.routed
  }

  async function statusChanged(agentId: string): Promise<void> {
    const agent = (await store.listAgents()).find((a) => a.id === agentId)
    if (agent === undefined) return
    const status: AgentStatus = agent.connected ? agent.status : 'offline'
    hub.publish([rooms.agents], { type: 'agent:status', agentId, status, load: agent.load })
  }

  return {
    settle,

    /**
     * A visitor asks for a human: queued with the context (then assigned when someone can
     * take it), or told nobody can (`handoff:unavailable`, the widget's offline form).
     */
    async handoff(
      siteId: string,
      visitorId: string,
      frame: ClientFrameOf<'handoff:request'>,
    ): Promise<HandoffAnswer> {
      const open = await store.findOpenConversation(visitorId)
      if (open?.state === 'assigned') {
        return [{ type: 'conversation:state', conversationId: open.id, state: open.state }]
      }
      // An unknown department is a stale hint, not an error: route to anyone.
      const known =
        frame.department === undefined ? undefined : await store.getDepartment(frame.department)
      const department = known?.id
      const reason =
        known !== undefined && !isOpen(known.hours, now())
          ? 'outside_business_hours'
          : (await store.availableAgents(department)) === 0
            ? 'no_agent_online'
            : undefined
      if (reason !== undefined) {
        // A conversation already queued stays queued: an agent may still come online.
        const answer: ServerFrame = { type: 'handoff:unavailable', reason }
        if (department !== undefined) answer.department = department
        const opensAt =
          reason === 'outside_business_hours' && known?.hours
            ? nextOpening(known.hours, now())
            : undefined
        if (opensAt !== undefined) answer.opensAt = opensAt
        return [answer]
      }
      const { conversation, created } = await store.requestHandoff({
        siteId,
        visitorId,
        ...(department === undefined ? {} : { department }),
        ...(frame.pageUrl === undefined ? {} : { pageUrl: frame.pageUrl }),
        ...(frame.reason === undefined ? {} : { reason: frame.reason }),
        ...(frame.transcript === undefined ? {} : { transcript: frame.transcript }),
        ...(frame.visitor === undefined ? {} : { visitor: frame.visitor }),
        ...(frame.attributes === undefined ? {} : { attributes: frame.attributes }),
        now: now(),
      })
      if (created) {
        notify.state({
          conversation,
          agentId: null,
          agentName: null,
          department: department ?? null,
        })
      }
      // Assigns it if someone is free, and sends every queued visitor their position.
      await settle()
      return []
    },

    async claim(agent: AgentRecord, conversationId: string): Promise<void> {
      const routed = unwrap(await store.claim(conversationId, agent.id, now()))
      await notify.assigned(routed)
      await publishQueue()
      await statusChanged(agent.id)
    },

    async transfer(
      agent: AgentRecord,
      frame: ClientFrameOf<'conversation:transfer'>,
    ): Promise<void> {
      if (frame.agentId !== undefined) {
        const routed = unwrap(
          await store.transferToAgent(frame.conversationId, frame.agentId, now()),
        )
        if (frame.note !== undefined)
          await store.addNote(frame.conversationId, agent.id, frame.note)
        await notify.assigned(routed)
      } else if (frame.department !== undefined) {
        if ((await store.getDepartment(frame.department)) === undefined) {
          throw new RouteError('agent_unavailable', `No department "${frame.department}".`)
        }
        const routed = unwrap(
          await store.transferToDepartment(frame.conversationId, frame.department, now()),
        )
        if (frame.note !== undefined)
          await store.addNote(frame.conversationId, agent.id, frame.note)
        await notify.requeued(
          routed,
          `${agent.name} transferred the chat; the next agent will be with you shortly.`,
        )
        await settle()
      } else {
        throw new RouteError('invalid_frame', 'Give agentId or department to transfer to.')
      }
      await statusChanged(agent.id)
    },

    /** Ends a conversation (agent or visitor), then gives the freed agent the next chat. */
    async end(conversationId: string, by: AgentRecord | 'visitor' | 'agent'): Promise<void> {
      const before = await store.getConversation(conversationId)
      if (before === undefined || before.state === 'ended' || before.state === 'rated') return
      // An agent's ending is told in the transcript (the visitor knows when they ended it).
      // The line goes in first: an ended conversation takes no more messages.
      if (typeof by === 'object') await notify.systemLine(before, `${by.name} ended the chat.`)
      const ended = await store.endConversation(conversationId, now())
      if (ended === undefined) return
      notify.state({ conversation: ended, agentId: null, agentName: null, department: null })
      await settle()
    },

    async setStatus(agent: AgentRecord, status: AgentStatus): Promise<void> {
      await store.setAgentStatus(agent.id, status)
      await statusChanged(agent.id)
      if (status === 'online') await settle()
    },

    async connected(agent: AgentRecord, connectionId: string): Promise<void> {
      await store.agentConnected(agent.id, connectionId, now())
      await statusChanged(agent.id)
      await settle()
    },

    async disconnected(agent: AgentRecord, connectionId: string): Promise<void> {
      if (await store.agentDisconnected(agent.id, connectionId, now()))
        await statusChanged(agent.id)
    },

    /**
     * Keeps this node's console connections alive in the store, drops those of dead nodes,
     * and re-queues the chats of agents gone past the grace period. Idempotent; every node
     * runs it.
     */
    async sweep(localConnections: string[] = []): Promise<void> {
      const at = now()
      await store.touchConnections(localConnections, at)
      for (const agentId of await store.dropStaleConnections(at - options.staleMs, at)) {
        await statusChanged(agentId)
      }
      const requeued = await store.requeueAbandoned(options.graceMs, now())
      for (const routed of requeued) {
        log.info({ conversation: routed.conversation.id }, 'agent gone: conversation re-queued')
        await notify.requeued(
          routed,
          'Your agent was disconnected; the next agent will be with you shortly.',
        )
      }
      if (requeued.length > 0) await settle()
    },
  }
}

export type Router = ReturnType<typeof createRouter>
