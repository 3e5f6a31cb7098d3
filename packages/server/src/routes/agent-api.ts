import type { FastifyPluginAsync } from 'fastify'
import { guards } from '../auth/guard.ts'
import { AGENT_STATUSES } from '../auth/statuses.ts'
import type { InboxView } from '../db/routing-store.ts'
import type { Store } from '../db/store.ts'
import type { Router } from '../routing/router.ts'

export interface AgentApiOptions {
  store: Store
  router: Router
}

const VIEWS: InboxView[] = ['queued', 'mine', 'open', 'closed']

/** What the console reads and the few changes it makes over HTTP, under `/api/v1/agent`. */
export const agentApiRoutes: FastifyPluginAsync<AgentApiOptions> = async (
  app,
  { store, router },
) => {
  const { requireAgent } = guards(store)
  app.addHook('preHandler', requireAgent)

  app.get<{ Querystring: { view?: string } }>('/conversations', async (request, reply) => {
    const view = (request.query.view ?? 'open') as InboxView
    if (!VIEWS.includes(view)) {
      return reply
        .code(400)
        .send({ error: 'bad_view', message: `view is one of ${VIEWS.join(', ')}.` })
    }
    const agentId = request.agent?.id as string
    return {
      conversations: await store.listConversations(view, agentId, 200),
      counts: await store.inboxCounts(agentId),
    }
  })

  app.get<{ Params: { id: string } }>('/conversations/:id', async (request, reply) => {
    const detail = await store.conversationDetail(request.params.id)
    if (detail === undefined) {
      return reply
        .code(404)
        .send({ error: 'conversation_not_found', message: 'No such conversation.' })
    }
    return detail
  })

  app.post<{ Params: { id: string }; Body: { text: string } }>(
    '/conversations/:id/notes',
    { schema: { body: textBody(4000) } },
    async (request, reply) => {
      if ((await store.getConversation(request.params.id)) === undefined) {
        return reply
          .code(404)
          .send({ error: 'conversation_not_found', message: 'No such conversation.' })
      }
      return reply
        .code(201)
        .send(
          await store.addNote(request.params.id, request.agent?.id as string, request.body.text),
        )
    },
  )

  app.put<{ Body: { status: 'online' | 'away' | 'offline' } }>(
    '/me/status',
    {
      schema: {
        body: {
          type: 'object',
          required: ['status'],
          properties: { status: { type: 'string', enum: [...AGENT_STATUSES] } },
        },
      },
    },
    async (request) => {
      await router.setStatus(
        request.agent as NonNullable<typeof request.agent>,
        request.body.status,
      )
      return { status: request.body.status }
    },
  )

  app.get('/agents', async () => ({
    agents: (await store.listAgents()).map(
      ({ id, name, status, departments, load, maxChats, connected }) => ({
        id,
        name,
        status: connected ? status : 'offline',
        departments,
        load,
        maxChats,
      }),
    ),
  }))
  // The live dashboard: visitors waiting, longest wait, agents and their load, chats today (UTC).
  app.get('/dashboard', async () => {
    const now = Date.now()
    const midnight = now - (now % 86_400_000)
    const { waiting, oldestQueuedAt, chatsSince } = await store.dashboardCounts(midnight)
    const agents = await store.listAgents()
    return {
      waiting,
      longestWaitMs: oldestQueuedAt === null ? 0 : now - oldestQueuedAt,
      chatsToday: chatsSince,
      agents: agents.map(({ id, name, status, load, maxChats, connected }) => ({
        id,
        name,
        status: connected ? status : 'offline',
        load,
        maxChats,
      })),
    }
  })
  app.get('/departments', async () => ({ departments: await store.listDepartments() }))
  // Agents answer every site: the console names a conversation's site when there are several.
  app.get('/sites', async () => ({
    sites: (await store.listSites()).map(({ id, name }) => ({ id, name })),
  }))
  app.get('/tickets', async () => ({ tickets: await store.listTickets(200) }))
}

const textBody = (max: number) => ({
  type: 'object',
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1, maxLength: max } },
})
