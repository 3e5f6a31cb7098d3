import { FrameError, type WidgetEvent, widgetEventBatch } from '@chao/protocol'
import type { FastifyPluginAsync } from 'fastify'
import type { Store } from '../db/store.ts'
import { sendError } from '../http/errors.ts'
import { perMinuteLimit } from '../per-minute-limit.ts'

export interface WidgetEventRoutesOptions {
  store: Store
  /** Requests per client address per minute (default 60, each up to 50 events). */
  perMinute?: number
  clock?: () => number
}

/** A `keepalive` fetch may carry at most 64 KB in browsers; nothing legitimate is larger. */
export const EVENTS_BODY_LIMIT = 64 * 1024
/** Client clocks are trusted within this much of the past; older or future times become now. */
export const EVENT_MAX_AGE_MS = 86_400_000

const SITE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
}

/** The event's own time when it is within the last day, else the server's. */
export function clampTime(at: number, now: number): number {
  return at > now || at < now - EVENT_MAX_AGE_MS ? now : at
}

/**
 * `POST /api/v1/sites/:site/events`: the widget's analytics batches
 * (protocol/analytics.ts), from any origin without cookies. 202 with the count stored;
 * 400 naming the bad field; 404 for an unknown site; 413 over 64 KB; 429 over the rate.
 */
export const widgetEventRoutes: FastifyPluginAsync<WidgetEventRoutesOptions> = async (
  app,
  { store, perMinute = 60, clock = Date.now },
) => {
  const allow = perMinuteLimit(perMinute, clock)

  // sendBeacon and no-preflight fetches send JSON as text/plain: parse it the same way.
  app.addContentTypeParser(
    'text/plain',
    { parseAs: 'string', bodyLimit: EVENTS_BODY_LIMIT },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string))
      } catch {
        done(Object.assign(new Error('The body is not valid JSON.'), { statusCode: 400 }))
      }
    },
  )
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(CORS)
  })
  app.options('/sites/:site/events', async (_request, reply) => reply.code(204).send())

  app.post<{ Params: { site: string }; Body: unknown }>(
    '/sites/:site/events',
    { bodyLimit: EVENTS_BODY_LIMIT },
    async (request, reply) => {
      if (!allow(request.ip)) {
        return sendError(reply, 429, 'rate_limited', 'Too many event batches; wait a minute.')
      }
      const { site } = request.params
      if (!SITE_ID.test(site) || (await store.getSite(site)) === undefined) {
        return sendError(reply, 404, 'unknown_site', `No site "${site}" on this server.`)
      }
      let events: WidgetEvent[]
      try {
        events = widgetEventBatch(request.body, 'body').events
      } catch (error) {
        if (error instanceof FrameError) {
          return sendError(reply, 400, 'invalid_events', error.message)
        }
        throw error
      }
      const now = clock()
      await store.addWidgetEvents(
        site,
        events.map((event) => ({ ...event, at: clampTime(event.at, now) })),
      )
      return reply.code(202).send({ stored: events.length })
    },
  )
}
