import type { WidgetEvent } from '@chao/protocol'
import Fastify from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { createSqliteStore } from '../db/sqlite-store.ts'
import type { Store } from '../db/store.ts'
import { installErrorHandlers } from '../http/errors.ts'
import { resolveReportQuery } from '../reports/index.ts'
import { testApp } from '../test/fixtures.ts'
import { EVENT_MAX_AGE_MS, widgetEventRoutes } from './widget-events.ts'

const NOW = Date.parse('2026-11-12T10:00:00Z')
const URL = '/api/v1/sites/demo/events'
const stores: Store[] = []

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close()
})

async function eventsApp(perMinute = 60) {
  const store = createSqliteStore({ path: ':memory:' })
  stores.push(store)
  const stored: WidgetEvent[] = []
  const spy: Store = {
    ...store,
    async addWidgetEvents(site, events) {
      stored.push(...events)
      return store.addWidgetEvents(site, events)
    },
  }
  const app = Fastify()
  installErrorHandlers(app)
  await app.register(widgetEventRoutes, {
    prefix: '/api/v1',
    store: spy,
    perMinute,
    clock: () => NOW,
  })
  return { app, store, stored }
}

const question = (at: number, text = 'Có giao hàng tới Huế không?'): WidgetEvent => ({
  type: 'bot:question',
  sessionId: 's1',
  at,
  text,
  pageUrl: 'https://shop.example/cart',
})

describe('POST /api/v1/sites/:site/events', () => {
  it('stores a batch from any origin, where the reports read it', async () => {
    const { app, store } = await eventsApp()
    const response = await app.inject({
      method: 'POST',
      url: URL,
      headers: { origin: 'https://shop.example' },
      payload: {
        events: [
          question(NOW - 1000),
          { type: 'proactive:shown', sessionId: 'p1', at: NOW - 500, ruleId: 'cart-help' },
        ],
      },
    })
    expect(response.statusCode).toBe(202)
    expect(response.json()).toEqual({ stored: 2 })
    expect(response.headers['access-control-allow-origin']).toBe('*')
    const summary = await store.reportSummary(
      resolveReportQuery({ from: '2026-11-12', to: '2026-11-12' }),
    )
    expect(summary.tables.unanswered.map((row) => row.text)).toEqual([
      'Có giao hàng tới Huế không?',
    ])
    expect(summary.tables.proactive[0]).toMatchObject({ ruleId: 'cart-help', shown: 1 })
  })

  it('keeps bot sessions for deflection, whatever order their events arrive in', async () => {
    const { app, store } = await eventsApp()
    const post = (events: WidgetEvent[]) =>
      app.inject({ method: 'POST', url: URL, payload: { events } })
    await post([{ type: 'bot:handoff', sessionId: 's1', at: NOW - 1000 }])
    await post([question(NOW - 5000), { ...question(NOW - 4000), sessionId: 's2' }])
    const summary = await store.reportSummary(
      resolveReportQuery({ from: '2026-11-12', to: '2026-11-12' }),
    )
    expect(summary.current.metrics.botDeflection).toEqual({ percent: 50, count: 1, total: 2 })
    // s1 began on the cart page with its question, not with the page-less handoff.
    const cart = await store.reportSummary(
      resolveReportQuery({
        from: '2026-11-12',
        to: '2026-11-12',
        page: 'https://shop.example/cart',
      }),
    )
    expect(cart.current.metrics.botDeflection.total).toBe(2)
  })

  it('accepts JSON sent as text/plain (sendBeacon)', async () => {
    const { app, stored } = await eventsApp()
    const response = await app.inject({
      method: 'POST',
      url: URL,
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify({ events: [question(NOW)] }),
    })
    expect(response.statusCode).toBe(202)
    expect(stored).toHaveLength(1)
  })

  it('replaces future times and times older than a day with the server time', async () => {
    const { app, stored } = await eventsApp()
    const times = [NOW + 60_000, NOW - EVENT_MAX_AGE_MS - 1, NOW - 3_600_000]
    await app.inject({
      method: 'POST',
      url: URL,
      payload: { events: times.map((at) => question(at)) },
    })
    expect(stored.map((event) => event.at)).toEqual([NOW, NOW, NOW - 3_600_000])
  })

  it('answers 400 with the path of the bad field, and stores nothing', async () => {
    const { app, stored } = await eventsApp()
    const bad = { ...question(NOW), type: 'bot:guess' }
    const response = await app.inject({
      method: 'POST',
      url: URL,
      payload: { events: [question(NOW), bad] },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toEqual({
      error: 'invalid_events',
      message: expect.stringContaining('body.events[1].type must be one of'),
    })
    const tooMany = await app.inject({
      method: 'POST',
      url: URL,
      payload: { events: Array.from({ length: 51 }, () => question(NOW)) },
    })
    expect(tooMany.json().message).toContain('body.events must have at most 50 items')
    const notJson = await app.inject({
      method: 'POST',
      url: URL,
      headers: { 'content-type': 'text/plain' },
      payload: '{"events":',
    })
    expect(notJson.statusCode).toBe(400)
    expect(stored).toHaveLength(0)
  })

  it('answers 404 for an unknown site and 413 for a body over 64 KB', async () => {
    const { app } = await eventsApp()
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/sites/elsewhere/events',
      payload: { events: [] },
    })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error).toBe('unknown_site')
    const big = await app.inject({
      method: 'POST',
      url: URL,
      payload: { events: Array.from({ length: 20 }, () => question(NOW, 'x'.repeat(4000))) },
    })
    expect(big.statusCode).toBe(413)
  })

  it('limits batches per client address per minute', async () => {
    const { app } = await eventsApp(2)
    const post = () => app.inject({ method: 'POST', url: URL, payload: { events: [] } })
    expect((await post()).statusCode).toBe(202)
    expect((await post()).statusCode).toBe(202)
    const limited = await post()
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error).toBe('rate_limited')
  })

  it('is served by the app, preflight included', async () => {
    const app = await testApp()
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: URL,
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    })
    expect(preflight.statusCode).toBe(204)
    expect(preflight.headers['access-control-allow-headers']).toContain('content-type')
    const response = await app.inject({ method: 'POST', url: URL, payload: { events: [] } })
    expect(response.statusCode).toBe(202)
  })
})
