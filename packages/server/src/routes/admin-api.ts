import type { FastifyPluginAsync } from 'fastify'
import { AccountError, createAccount } from '../auth/accounts.ts'
import { guards } from '../auth/guard.ts'
import type { BusinessHours } from '../db/agent-store.ts'
import type { Store } from '../db/store.ts'
import { checkHours } from '../routing/business-hours.ts'
import { leadCaptureAdminRoutes } from './lead-capture-admin.ts'
import { proactiveAdminRoutes } from './proactive-admin.ts'
import { sitesAdminRoutes } from './sites-admin.ts'
import { surveyAdminRoutes } from './survey-admin.ts'

const ID = '^[A-Za-z0-9_-]{1,64}$'

/** Admin-only settings under `/api/v1/admin`: agents, departments, sites and their settings. */
export const adminApiRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  const { requireAdmin } = guards(store)
  app.addHook('preHandler', requireAdmin)
  await app.register(sitesAdminRoutes, { store })
  await app.register(proactiveAdminRoutes, { store })
  await app.register(leadCaptureAdminRoutes, { store })
  await app.register(surveyAdminRoutes, { store })

  app.post<{
    Body: {
      email: string
      name: string
      password: string
      role?: 'agent' | 'admin'
      maxChats?: number
      departments?: string[]
    }
  }>(
    '/agents',
    {
      schema: {
        body: {
          type: 'object',
          required: ['email', 'name', 'password'],
          properties: {
            email: { type: 'string', maxLength: 254 },
            name: { type: 'string', maxLength: 100 },
            password: { type: 'string', maxLength: 1024 },
            role: { type: 'string', enum: ['agent', 'admin'] },
            maxChats: { type: 'integer', minimum: 0, maximum: 50 },
            departments: { type: 'array', maxItems: 50, items: { type: 'string', pattern: ID } },
          },
        },
      },
    },
    async (request, reply) => {
      try {
        return reply.code(201).send(await createAccount(store, request.body))
      } catch (error) {
        if (error instanceof AccountError) {
          return reply.code(400).send({ error: 'bad_account', message: error.message })
        }
        throw error
      }
    },
  )

  app.put<{ Params: { id: string }; Body: { departments: string[] } }>(
    '/agents/:id/departments',
    {
      schema: {
        body: {
          type: 'object',
          required: ['departments'],
          properties: {
            departments: { type: 'array', maxItems: 50, items: { type: 'string', pattern: ID } },
          },
        },
      },
    },
    async (request, reply) => {
      if ((await store.getAgent(request.params.id)) === undefined) {
        return reply.code(404).send({ error: 'agent_not_found', message: 'No such agent.' })
      }
      await store.setAgentDepartments(request.params.id, request.body.departments)
      return store.getAgent(request.params.id)
    },
  )

  app.post<{ Body: { id: string; name: string; hours?: BusinessHours | null } }>(
    '/departments',
    {
      schema: {
        body: {
          type: 'object',
          required: ['id', 'name'],
          properties: {
            id: { type: 'string', pattern: ID },
            name: { type: 'string', minLength: 1, maxLength: 100 },
            hours: { type: ['object', 'null'] },
          },
        },
      },
    },
    async (request, reply) => {
      const { id, name, hours } = request.body
      const problem = hours == null ? undefined : checkHours(hours)
      if (problem !== undefined)
        return reply.code(400).send({ error: 'bad_hours', message: problem })
      if ((await store.getDepartment(id)) !== undefined) {
        return reply
          .code(409)
          .send({ error: 'department_exists', message: `Department "${id}" exists.` })
      }
      return reply.code(201).send(await store.createDepartment({ id, name, hours: hours ?? null }))
    },
  )
}
