import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { guards } from '../auth/guard.ts'
import { type CannedRecord, CannedShortcutTaken } from '../db/canned-sqlite.ts'
import type { Store } from '../db/store.ts'

export interface CannedApiOptions {
  store: Store
}

const shortcut = { type: 'string', pattern: '^[a-z0-9_-]{1,32}$' } as const
const text = { type: 'string', minLength: 1, maxLength: 4000 } as const

/**
 * Canned responses under `/api/v1/agent/canned`: every agent reads the team's and their
 * own; anyone adds, edits and deletes their personal ones; only admins change the team's.
 * Another agent's personal response is a 404, as if it did not exist.
 */
export const cannedApiRoutes: FastifyPluginAsync<CannedApiOptions> = async (app, { store }) => {
  const { requireAgent } = guards(store)
  app.addHook('preHandler', requireAgent)

  app.get('/canned', async (request) => ({
    canned: await store.listCanned(request.agent?.id as string),
  }))

  app.post<{ Body: { shortcut: string; text: string; team?: boolean } }>(
    '/canned',
    {
      schema: {
        body: {
          type: 'object',
          required: ['shortcut', 'text'],
          properties: { shortcut, text, team: { type: 'boolean' } },
        },
      },
    },
    async (request, reply) => {
      const team = request.body.team === true
      if (team && request.agent?.role !== 'admin') return onlyAdmins(reply)
      return taken(reply, async () =>
        reply.code(201).send(
          await store.createCanned({
            agentId: team ? null : (request.agent?.id as string),
            shortcut: request.body.shortcut,
            text: request.body.text,
          }),
        ),
      )
    },
  )

  app.put<{ Params: { id: string }; Body: { shortcut: string; text: string } }>(
    '/canned/:id',
    {
      schema: {
        body: {
          type: 'object',
          required: ['shortcut', 'text'],
          properties: { shortcut, text },
        },
      },
    },
    async (request, reply) => {
      const found = await mayChange(request, reply)
      if (found === undefined) return reply
      return taken(reply, async () => {
        const updated = await store.updateCanned(found.id, request.body)
        if (updated === undefined) return notFound(reply)
        const { agentId: _owner, ...canned } = updated
        return canned
      })
    },
  )

  app.delete<{ Params: { id: string } }>('/canned/:id', async (request, reply) => {
    const found = await mayChange(request, reply)
    if (found === undefined) return reply
    await store.deleteCanned(found.id)
    return reply.code(204).send()
  })

  /** The response if this agent may change it; otherwise sends the refusal. */
  async function mayChange(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
  ): Promise<CannedRecord | undefined> {
    const agent = request.agent as NonNullable<typeof request.agent>
    const found = await store.getCanned(request.params.id)
    if (found === undefined || (found.agentId !== null && found.agentId !== agent.id)) {
      notFound(reply)
      return undefined
    }
    if (found.agentId === null && agent.role !== 'admin') {
      onlyAdmins(reply)
      return undefined
    }
    return found
  }
}

async function taken<T>(reply: FastifyReply, run: () => Promise<T>) {
  try {
    return await run()
  } catch (error) {
    if (!(error instanceof CannedShortcutTaken)) throw error
    return reply.code(409).send({
      error: 'canned_shortcut_taken',
      message: `${error.message} Pick another shortcut, or edit the existing response.`,
    })
  }
}

const notFound = (reply: FastifyReply) =>
  reply.code(404).send({ error: 'canned_not_found', message: 'No such canned response.' })

const onlyAdmins = (reply: FastifyReply) =>
  reply
    .code(403)
    .send({ error: 'forbidden', message: 'Only admins may change the team’s canned responses.' })
