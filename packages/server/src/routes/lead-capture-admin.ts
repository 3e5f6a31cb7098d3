import { cleanLeadCapture } from '@chao/core'
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../db/store.ts'
import { sendError } from '../http/errors.ts'

/**
 * `GET`/`PUT /api/v1/admin/sites/:id/lead-capture` (admin only, inside the admin API): the bot's
 * lead capture for a site, `{ leadCapture: { when, fields } }` (or the text form
 * `"offline: name, email, phone?"`), or `{ leadCapture: null }` to turn it off. Checked
 * with the widget's own validator, all or nothing; the widget gets it with the site config
 * unless the page sets `leadCapture` itself.
 */
export const leadCaptureAdminRoutes: FastifyPluginAsync<{ store: Store }> = async (
  app,
  { store },
) => {
  app.put<{ Params: { id: string }; Body: { leadCapture: unknown } }>(
    '/sites/:id/lead-capture',
    { schema: { body: { type: 'object', required: ['leadCapture'] } } },
    async (request, reply) => {
      const input = request.body.leadCapture
      let value = null
      if (input !== null) {
        const checked = cleanLeadCapture(input)
        if (checked.value === null || checked.problems.length > 0) {
          return reply.code(400).send({
            error: 'invalid_lead_capture',
            message: 'The lead capture setting is invalid; nothing was saved.',
            problems: checked.problems,
          })
        }
        value = checked.value
      }
      const site = await store.updateSiteSettings(request.params.id, { leadCapture: value })
      if (site === undefined) {
        return sendError(reply, 404, 'unknown_site', `No site "${request.params.id}".`)
      }
      return { leadCapture: site.settings.leadCapture ?? null }
    },
  )

  app.get<{ Params: { id: string } }>('/sites/:id/lead-capture', async (request, reply) => {
    const site = await store.getSite(request.params.id)
    if (site === undefined) {
      return sendError(reply, 404, 'unknown_site', `No site "${request.params.id}".`)
    }
    return { leadCapture: site.settings.leadCapture ?? null }
  })
}
