import { cleanSiteSurvey } from '@chao/core'
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../db/store.ts'
import { sendError } from '../http/errors.ts'

/**
 * `PUT /api/v1/admin/sites/:id/survey` (admin only, inside the admin API): the post-chat
 * survey of a site, `{ survey: { csat, nps, ces, questions: { vi: { csat: '…' } } } }`, or
 * `{ survey: null }` for the default (CSAT only, the catalog's texts). Checked with core's
 * validator, all or nothing; the widget gets it with the site config unless the page sets
 * `survey` itself (and its own `texts` win over the questions).
 */
export const surveyAdminRoutes: FastifyPluginAsync<{ store: Store }> = async (app, { store }) => {
  app.put<{ Params: { id: string }; Body: { survey: unknown } }>(
    '/sites/:id/survey',
    { schema: { body: { type: 'object', required: ['survey'] } } },
    async (request, reply) => {
      const input = request.body.survey
      let value = null
      if (input !== null) {
        const checked = cleanSiteSurvey(input)
        if (checked.value === null) {
          return reply.code(400).send({
            error: 'invalid_survey',
            message: 'The survey setting is invalid; nothing was saved.',
            problems: checked.problems,
          })
        }
        value = checked.value
      }
      const site = await store.updateSiteSettings(request.params.id, { survey: value })
      if (site === undefined) {
        return sendError(reply, 404, 'unknown_site', `No site "${request.params.id}".`)
      }
      return { survey: site.settings.survey ?? null }
    },
  )

  app.get<{ Params: { id: string } }>('/sites/:id/survey', async (request, reply) => {
    const site = await store.getSite(request.params.id)
    if (site === undefined) {
      return sendError(reply, 404, 'unknown_site', `No site "${request.params.id}".`)
    }
    return { survey: site.settings.survey ?? null }
  })
}
