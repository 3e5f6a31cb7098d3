import { parseProactiveRules } from '@chao/core'
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../db/store.ts'
import { sendError } from '../http/errors.ts'

/**
 * `PUT /api/v1/admin/sites/:id/proactive` (admin only, registered inside the admin API):
 * replaces a site's proactive rules (`GET` reads them). The rules are checked with the same validator the
 * widget runs, all or nothing: a list with one bad rule is refused with every problem
 * (rule, field, reason), so what the widget receives always loads completely.
 */
export const proactiveAdminRoutes: FastifyPluginAsync<{ store: Store }> = async (
  app,
  { store },
) => {
  app.put<{ Params: { id: string }; Body: { rules: unknown[] } }>(
    '/sites/:id/proactive',
    {
      schema: {
        body: {
          type: 'object',
          required: ['rules'],
          properties: { rules: { type: 'array', maxItems: 100 } },
        },
      },
    },
    async (request, reply) => {
      const { errors } = parseProactiveRules(request.body.rules)
      if (errors.length > 0) {
        return reply.code(400).send({
          error: 'invalid_rules',
          message: `${errors.length} problem${errors.length === 1 ? '' : 's'} in the rules; nothing was saved.`,
          problems: errors,
        })
      }
      const site = await store.updateSiteSettings(request.params.id, {
        proactive: request.body.rules,
      })
      if (site === undefined) {
        return sendError(reply, 404, 'unknown_site', `No site "${request.params.id}".`)
      }
      return { rules: site.settings.proactive ?? [] }
    },
  )

  // The saved rules as the console edits them: not the widget's config, which is cached
  // for a minute and would show the rules of before a save.
  app.get<{ Params: { id: string } }>('/sites/:id/proactive', async (request, reply) => {
    const site = await store.getSite(request.params.id)
    if (site === undefined) {
      return sendError(reply, 404, 'unknown_site', `No site "${request.params.id}".`)
    }
    return { rules: site.settings.proactive ?? [] }
  })
}
