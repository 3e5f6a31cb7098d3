import type { LiveVisitor } from '@chao/protocol'
import type { FastifyPluginAsync } from 'fastify'
import { guards } from '../auth/guard.ts'
import type { Store } from '../db/store.ts'
import type { LivePresence } from '../realtime/socketio.ts'

export interface LiveVisitorsOptions {
  store: Store
  /**
   * The presences of connected visitors, on every node (socket.io's adapter): of one site,
   * or of every site when `siteId` is undefined.
   */
  presences(siteId: string | undefined): Promise<LivePresence[]>
}

const SITE_ID = /^[\w-]{1,64}$/

/**
 * `GET /api/v1/visitors/live` (agents): who is on the sites now, on which page, for how
 * long, and their name when known. Agents are not tied to sites (every agent answers every
 * site of this server), so the list covers every site unless `?site=<id>` narrows it.
 * Presence lives on the visitors' connections, so a visitor who closes the page leaves the
 * list at once, whichever node they were on. One entry per visitor, however many
 * connections (tabs, the presence connection and the live chat's) they have.
 */
export const liveVisitorRoutes: FastifyPluginAsync<LiveVisitorsOptions> = async (
  app,
  { store, presences },
) => {
  const { requireAgent } = guards(store)
  app.addHook('preHandler', requireAgent)

  app.get<{ Querystring: { site?: string } }>('/live', async (request, reply) => {
    const { site } = request.query
    if (site !== undefined && !SITE_ID.test(site)) {
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
        if (presence.at > seen.at) {
          const { url, title, at, siteId } = presence
          Object.assign(seen, { url, title, at, siteId })
        }
        seen.since = Math.min(seen.since, presence.since)
      }
    }
    const known = new Map(
      (await store.visitorSummaries([...byVisitor.keys()])).map((v) => [v.id, v]),
    )
    const now = Date.now()
    const visitors: LiveVisitor[] = [...byVisitor.values()]
      .sort((a, b) => a.since - b.since)
      .map(({ visitorId, siteId, url, title, since }) => ({
        visitorId,
        siteId,
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
