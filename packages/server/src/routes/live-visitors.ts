import type { FastifyPluginAsync } from 'fastify'
import { guards } from '../auth/guard.ts'
import type { Store } from '../db/store.ts'
import type { LivePresence } from '../realtime/socketio.ts'

export interface LiveVisitorsOptions {
  store: Store
  /** The presences of a site's connected visitors, on every node (socket.io's adapter). */
  presences(siteId: string): Promise<LivePresence[]>
}

/** One visitor on the site now, as the console lists them. */
export interface LiveVisitor {
  visitorId: string
  name: string | null
  email: string | null
  url: string
  title: string
  /** When the visitor's current visit started (their first connected tab), epoch ms. */
  since: number
  timeOnSiteSeconds: number
}

const SITE_ID = /^[\w-]{1,64}$/

/**
 * `GET /api/v1/visitors/live?site=demo` (agents): who is on the site now, on which page,
 * for how long, and their name when known. Presence lives on the visitors' connections, so
 * a visitor who closes the page leaves the list at once, whichever node they were on.
 */
export const liveVisitorRoutes: FastifyPluginAsync<LiveVisitorsOptions> = async (
  app,
  { store, presences },
) => {
  const { requireAgent } = guards(store)
  app.addHook('preHandler', requireAgent)

  app.get<{ Querystring: { site?: string } }>('/live', async (request, reply) => {
    const site = request.query.site ?? 'demo'
    if (!SITE_ID.test(site)) {
      return reply.code(400).send({
        error: 'invalid_site',
        message: 'The site parameter must be 1–64 letters, digits, "-" or "_", e.g. ?site=demo.',
      })
    }
    // Several tabs of one visitor: the page they reported last, since their first tab.
    const byVisitor = new Map<string, LivePresence>()
    for (const presence of await presences(site)) {
      const seen = byVisitor.get(presence.visitorId)
      if (seen === undefined) byVisitor.set(presence.visitorId, { ...presence })
      else {
        if (presence.at > seen.at)
          Object.assign(seen, { url: presence.url, title: presence.title, at: presence.at })
        seen.since = Math.min(seen.since, presence.since)
      }
    }
    const known = new Map(
      (await store.visitorSummaries([...byVisitor.keys()])).map((v) => [v.id, v]),
    )
    const now = Date.now()
    const visitors: LiveVisitor[] = [...byVisitor.values()]
      .sort((a, b) => a.since - b.since)
      .map(({ visitorId, url, title, since }) => ({
        visitorId,
        name: known.get(visitorId)?.name ?? null,
        email: known.get(visitorId)?.email ?? null,
        url,
        title,
        since,
        timeOnSiteSeconds: Math.max(0, Math.round((now - since) / 1000)),
      }))
    return { visitors }
  })

  app.get<{ Params: { id: string } }>('/:id/pages', async (request) => ({
    pages: await store.listVisitorPages(request.params.id, 50),
  }))
}
