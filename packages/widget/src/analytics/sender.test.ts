import { widgetEventBatch } from '@chao/protocol'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createEventSender, type EventSenderOptions } from './sender.ts'

interface Call {
  url: string
  init: RequestInit
  events: { type: string; sessionId: string; at: number; text?: string }[]
}

/** A fetch double that fails closed: every request is recorded and answered by `answer`. */
function fakeFetch(answer: (call: Call) => Response | Promise<Response> = () => ok()) {
  const calls: Call[] = []
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as unknown
    // What the server accepts: the protocol's own validator.
    const { events } = widgetEventBatch(body, 'body') as { events: Call['events'] }
    const call = { url: String(url), init: init ?? {}, events }
    calls.push(call)
    return answer(call)
  })
  return { calls, fetch: fetch as unknown as typeof globalThis.fetch }
}
const ok = () => new Response(null, { status: 204 })

function sender(overrides: Partial<EventSenderOptions> = {}) {
  const http = fakeFetch()
  const target = new EventTarget()
  const s = createEventSender({
    server: 'http://chat.test',
    site: 'shop',
    sessionId: 's-1',
    fetch: http.fetch,
    target,
    clock: () => 1000,
    ...overrides,
  })
  return { s, target, ...http }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

test('batches the events of a short time into one POST to the site events endpoint', async () => {
  const { s, calls } = sender()
  s.record({ type: 'bot:question', text: 'giờ mở cửa', faqId: 'hours', confident: true })
  s.record({ type: 'bot:feedback', faqId: 'hours', helpful: true })
  expect(calls).toHaveLength(0)
  await vi.advanceTimersByTimeAsync(3000)
  expect(calls).toHaveLength(1)
  expect(calls[0]?.url).toBe('http://chat.test/api/v1/sites/shop/events')
  expect(calls[0]?.init.method).toBe('POST')
  expect(calls[0]?.events).toEqual([
    {
      type: 'bot:question',
      sessionId: 's-1',
      at: 1000,
      text: 'giờ mở cửa',
      faqId: 'hours',
      confident: true,
    },
    { type: 'bot:feedback', sessionId: 's-1', at: 1000, faqId: 'hours', helpful: true },
  ])
})

test('posts at most 50 events per request', async () => {
  const { s, calls } = sender()
  for (let i = 0; i < 120; i++) s.record({ type: 'proactive:shown', ruleId: `r${i}` })
  await s.flush()
  expect(calls.map((c) => c.events.length)).toEqual([50, 50, 20])
})

test('reads the session id at record time, so a reset starts a new session', async () => {
  let session = 'a'
  const { s, calls } = sender({ sessionId: () => session })
  s.record({ type: 'bot:question', text: 'one' })
  session = 'b'
  s.record({ type: 'bot:question', text: 'two' })
  await s.flush()
  expect(calls[0]?.events.map((e) => e.sessionId)).toEqual(['a', 'b'])
})

test('sends nothing before the visitor interacted or consented, then everything', async () => {
  let allowed = false
  const { s, calls } = sender({ allowed: () => allowed })
  s.record({ type: 'proactive:shown', ruleId: 'welcome' })
  await vi.advanceTimersByTimeAsync(10_000)
  await s.flush()
  expect(calls).toHaveLength(0)
  allowed = true
  await s.flush()
  expect(calls[0]?.events).toHaveLength(1)
})

test('flushes on pagehide with keepalive', async () => {
  const { s, calls, target } = sender()
  s.record({ type: 'bot:handoff', reason: 'asked' })
  target.dispatchEvent(new Event('pagehide'))
  await vi.waitFor(() => expect(calls).toHaveLength(1))
  expect(calls[0]?.init.keepalive).toBe(true)
})

test('keeps pagehide requests within the keepalive budget', async () => {
  const { s, calls, target } = sender()
  for (let i = 0; i < 40; i++) s.record({ type: 'bot:question', text: 'x'.repeat(4000) })
  target.dispatchEvent(new Event('pagehide'))
  await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0))
  const bytes = calls.reduce((n, c) => n + String(c.init.body).length, 0)
  expect(bytes).toBeLessThan(64 * 1024)
})

test('retries a failed batch once, then drops it; the page never sees an error', async () => {
  const http = fakeFetch(() => {
    throw new TypeError('Failed to fetch')
  })
  const { s } = sender({ fetch: http.fetch })
  s.record({ type: 'bot:question', text: 'lost' })
  await s.flush()
  expect(http.calls).toHaveLength(1)
  await vi.advanceTimersByTimeAsync(3000)
  expect(http.calls).toHaveLength(2)
  await vi.advanceTimersByTimeAsync(30_000)
  await s.flush()
  expect(http.calls).toHaveLength(2)
})

test('retries after a 5xx, not after a 4xx', async () => {
  let status = 503
  const http = fakeFetch(() => new Response(null, { status }))
  const { s } = sender({ fetch: http.fetch })
  s.record({ type: 'bot:question', text: 'a' })
  await s.flush()
  await vi.advanceTimersByTimeAsync(3000)
  expect(http.calls).toHaveLength(2)
  status = 400
  s.record({ type: 'bot:question', text: 'b' })
  await s.flush()
  await vi.advanceTimersByTimeAsync(30_000)
  expect(http.calls).toHaveLength(3)
})

test('caps long texts at the protocol limit', async () => {
  const { s, calls } = sender()
  s.record({ type: 'bot:question', text: 'y'.repeat(5000) })
  await s.flush()
  expect(calls[0]?.events[0]?.text).toHaveLength(4000)
})

test('shutdown leaves no timer or listener and drops what is queued', async () => {
  const target = new EventTarget()
  const add = vi.spyOn(target, 'addEventListener')
  const remove = vi.spyOn(target, 'removeEventListener')
  const { s, calls } = sender({ target })
  s.record({ type: 'bot:question', text: 'bye' })
  expect(vi.getTimerCount()).toBe(1)
  s.shutdown()
  expect(vi.getTimerCount()).toBe(0)
  expect(remove).toHaveBeenCalledWith('pagehide', add.mock.calls[0]?.[1])
  target.dispatchEvent(new Event('pagehide'))
  s.record({ type: 'bot:question', text: 'after' })
  await s.flush()
  expect(calls).toHaveLength(0)
  expect(vi.getTimerCount()).toBe(0)
})

test('a missing fetch or a throwing one does not throw into the page', async () => {
  const { s } = sender({
    fetch: (() => {
      throw new Error('no fetch here')
    }) as unknown as typeof fetch,
  })
  s.record({ type: 'bot:question', text: 'x' })
  await expect(s.flush()).resolves.toBeUndefined()
})
