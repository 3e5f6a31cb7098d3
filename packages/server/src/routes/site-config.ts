import type { FastifyPluginAsync } from 'fastify'
import type { LocalizedText, Store } from '../db/store.ts'
import { sendError } from '../http/errors.ts'
import { type TeamStatus, teamStatus } from '../routing/team-status.ts'

export interface ApiRoutesOptions {
  store: Store
}

/** What the widget needs before its first render. */
export interface SiteConfigResponse {
  site: { id: string; name: string }
  /** Business hours and agents online now, for proactive rules (cached like the rest: 60 s). */
  team: TeamStatus
  greeting?: LocalizedText
  /** Proactive message rules (docs/proactive.md); validated when an admin saved them. */
  proactive?: unknown[]
  /** The bot's lead capture (docs/faq.md), checked when an admin saved it. */
  leadCapture?: unknown
  /** The post-chat survey (docs/widget-csat.md), checked when an admin saved it. */
  survey?: unknown
}

// Any id the protocol accepts (as widgets check `site`), so that an id no site has, such as
// "-shop", is answered 404 unknown_site, which the widget reports naming it.
const SITE_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The public HTTP API, registered under `/api/v1`. The widget calls it from the host
 * site's origin, so every response allows any origin and preflights are answered.
 * No cookies are involved, hence `*` and no credentials.
 */
export const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async (app, { store }) => {
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*')
  })

  app.options('/*', async (_request, reply) => {
    reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type')
      .header('access-control-max-age', '86400')
      .send()
  })

  app.get<{ Querystring: { site?: unknown } }>('/config', async (request, reply) => {
    const siteId = request.query.site ?? 'demo'
    if (typeof siteId !== 'string' || !SITE_ID.test(siteId)) {
      return sendError(
        reply,
        400,
        'invalid_site',
        'The site parameter must be 1–64 letters, digits, "-" or "_", e.g. ?site=demo.',
      )
    }
    const site = await store.getSite(siteId)
    if (site === undefined) {
      return sendError(
        reply,
        404,
        'unknown_site',
        `No site "${siteId}" on this server. Check the site id the widget is configured with.`,
      )
    }
    const body: SiteConfigResponse = {
      site: { id: site.id, name: site.name },
      team: await teamStatus(store, Date.now()),
    }
    if (site.settings.greeting !== undefined) body.greeting = site.settings.greeting
    if (site.settings.proactive !== undefined) body.proactive = site.settings.proactive
    if (site.settings.leadCapture) body.leadCapture = site.settings.leadCapture
    if (site.settings.survey) body.survey = site.settings.survey
    reply.header('cache-control', 'public, max-age=60')
    return body
  })

  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `No API endpoint ${request.method} ${request.url}.`),
  )
}
