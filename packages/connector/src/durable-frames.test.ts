import type { ClientFrame, ServerFrame } from '@chao/protocol'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AdapterSink, BackendAdapter } from './adapter.ts'
import { createConnector } from './connector.ts'
import { memoryStorage } from './storage.ts'

/** An adapter the test drives by hand: it records frames and delivers what we say. */
function scripted() {
  const sent: ClientFrame[] = []
  let sink: AdapterSink | undefined
  const adapter: BackendAdapter = {
    connect(next) {
      sink = next
    },
    send(frame) {
      if (sink === undefined) throw new Error('Not connected')
      sent.push(frame)
    },
    disconnect() {
      sink = undefined
    },
  }
  return {
    adapter,
    sent,
    ratings: () => sent.filter((f) => f.type === 'rating:submit'),
    online: () => sink?.status('online'),
    offline: () => sink?.status('offline'),
    deliver: (frame: ServerFrame) => sink?.receive(frame),
    welcome: (v = '1.3.0') =>
      sink?.receive({
        type: 'welcome',
        v,
        token: 't',
        visitorId: 'v',
        conversation: null,
        limits: { maxTextLength: 4000 },
      }),
  }
}

const rating = {
  type: 'rating:submit',
  clientId: 'r1',
  conversationId: 'c1',
  score: 4,
  comment: 'Kind',
  nps: 9,
} as const

describe('durable frames (ratings)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const connector = (s: ReturnType<typeof scripted>, storage = memoryStorage()) =>
    createConnector({
      adapter: s.adapter,
      site: 'demo',
      network: null,
      storage,
      ackTimeout: 1000,
      backoff: { initial: 100, max: 100 },
      random: () => 1,
    })

  it('connects for a queued rating, sends it after welcome and forgets it on rating:ack', async () => {
    const s = scripted()
    const c = connector(s)
    await c.ready
    const delivered = vi.fn()
    c.on('delivered', delivered)
    c.sendDurable(rating)
    s.online()
    expect(s.ratings()).toEqual([])
    s.welcome()
    expect(s.ratings()).toEqual([rating])
    expect(c.pendingFrames()).toHaveLength(1)
    s.deliver({ type: 'rating:ack', clientId: 'r1', conversationId: 'c1' })
    expect(c.pendingFrames()).toEqual([])
    expect(delivered).toHaveBeenCalledWith(expect.objectContaining({ clientId: 'r1' }))
  })

  it('resends with backoff when no ack comes, until one does', async () => {
    const s = scripted()
    const c = connector(s)
    await c.ready
    c.hold()
    s.online()
    s.welcome()
    c.sendDurable(rating)
    expect(s.ratings()).toHaveLength(1)
    // No ack within ackTimeout: the link counts as broken and is reopened after a backoff.
    await vi.advanceTimersByTimeAsync(1000)
    expect(c.$connection.get()).toBe('offline')
    await vi.advanceTimersByTimeAsync(100)
    s.online()
    s.welcome()
    expect(s.ratings()).toHaveLength(2)
    s.deliver({ type: 'rating:ack', clientId: 'r1', conversationId: 'c1' })
    await vi.advanceTimersByTimeAsync(5000)
    expect(s.ratings()).toHaveLength(2)
    expect(c.pendingFrames()).toEqual([])
  })

  it('survives a reload: a new connector on the same storage sends it', async () => {
    const storage = memoryStorage()
    const first = scripted()
    const before = connector(first, storage)
    await before.ready
    before.sendDurable(rating)
    before.destroy()
    expect(first.ratings()).toEqual([])
    const second = scripted()
    const after = connector(second, storage)
    await after.ready
    second.online()
    second.welcome()
    expect(second.ratings()).toEqual([rating])
  })

  it('drops a rating the server refuses for good, and tells', async () => {
    const s = scripted()
    const c = connector(s)
    await c.ready
    const rejected = vi.fn()
    c.on('rejected', rejected)
    c.hold()
    s.online()
    s.welcome()
    c.sendDurable(rating)
    s.deliver({ type: 'error', code: 'rating_not_allowed', message: 'No.', ref: 'r1' })
    expect(c.pendingFrames()).toEqual([])
    expect(rejected).toHaveBeenCalledWith(
      expect.objectContaining({ clientId: 'r1' }),
      expect.objectContaining({ code: 'rating_not_allowed' }),
    )
  })

  it('queues one entry per clientId, and refuses an invalid frame with the reason', async () => {
    const s = scripted()
    const c = connector(s)
    await c.ready
    c.sendDurable(rating)
    c.sendDurable(rating)
    expect(c.pendingFrames()).toHaveLength(1)
    expect(() => c.sendDurable({ ...rating, clientId: 'r2', score: 9 })).toThrow(/score/)
    const { score: _s, comment: _c, nps: _n, ...empty } = rating
    expect(() => c.sendDurable({ ...empty, clientId: 'r3' })).toThrow(/score, nps or ces/)
  })

  it('sends the 1.2 shape once to a 1.2 server, which has no rating:ack', async () => {
    const s = scripted()
    const c = connector(s)
    await c.ready
    c.sendDurable(rating)
    s.online()
    s.welcome('1.2.0')
    expect(s.ratings()).toEqual([
      { type: 'rating:submit', conversationId: 'c1', score: 4, comment: 'Kind' },
    ])
    expect(c.pendingFrames()).toEqual([])
  })
})
