import type { ClientFrame, ServerFrame } from '@chao/protocol'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AdapterSink, BackendAdapter } from './adapter.ts'
import { backoffDelay } from './backoff.ts'
import { createConnector } from './connector.ts'
import { createMemoryBackend, memoryAdapter } from './memory/index.ts'
import type { NetworkSignal } from './network.ts'
import { memoryStorage } from './storage.ts'

/** An adapter the test drives by hand: it records frames and delivers what we say. */
function scriptedAdapter() {
  const sent: ClientFrame[] = []
  let sink: AdapterSink | undefined
  let connects = 0
  const adapter: BackendAdapter = {
    connect(next) {
      connects++
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
    connects: () => connects,
    online: () => sink?.status('online'),
    offline: () => sink?.status('offline'),
    deliver: (frame: ServerFrame) => sink?.receive(frame),
    welcome: (extra: Partial<Extract<ServerFrame, { type: 'welcome' }>> = {}) =>
      sink?.receive({
        type: 'welcome',
        v: '1.1.0',
        token: 't',
        visitorId: 'v',
        conversation: null,
        limits: { maxTextLength: 4000 },
        ...extra,
      }),
    messages: () => sent.filter((f) => f.type === 'message:send'),
  }
}

const ack = (clientId: string, seq: number): ServerFrame => ({
  type: 'message:ack',
  clientId,
  id: `id${seq}`,
  conversationId: 'k',
  seq,
  createdAt: 1,
})

describe('backoffDelay', () => {
  it('doubles up to the maximum, with jitter between half and all of it', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, { initial: 100, max: 500 }, () => 1))).toEqual([
      100, 200, 400, 500,
    ])
    expect(backoffDelay(3, { initial: 100, max: 500 }, () => 0)).toBe(250)
    expect(backoffDelay(40, {}, () => 0.5)).toBe(22_500)
  })
})

describe('createConnector', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('opens only when needed and closes when idle', async () => {
    const s = scriptedAdapter()
    const c = createConnector({
      adapter: s.adapter,
      site: 'demo',
      network: null,
      idleTimeout: 1000,
    })
    await c.ready
    expect(c.$connection.get()).toBe('idle')
    expect(s.connects()).toBe(0)
    const entry = c.send('hello')
    expect(s.connects()).toBe(1)
    expect(c.$connection.get()).toBe('connecting')
    s.online()
    expect(s.sent[0]).toMatchObject({ type: 'hello', site: 'demo' })
    s.welcome()
    expect(c.$connection.get()).toBe('online')
    s.deliver(ack(entry.clientId, 1))
    // The conversation is open (queued) after the first ack: stay connected for replies.
    await vi.advanceTimersByTimeAsync(5000)
    expect(c.$connection.get()).toBe('online')
    s.deliver({ type: 'conversation:state', conversationId: 'k', state: 'ended' })
    await vi.advanceTimersByTimeAsync(999)
    expect(c.$connection.get()).toBe('online')
    await vi.advanceTimersByTimeAsync(1)
    expect(c.$connection.get()).toBe('idle')
  })

  it('reconnects with exponential backoff and jitter, and resends the outbox in order', async () => {
    const s = scriptedAdapter()
    const c = createConnector({
      adapter: s.adapter,
      site: 'demo',
      network: null,
      random: () => 1,
      backoff: { initial: 100, max: 1000 },
    })
    await c.ready
    c.send('a')
    c.send('b')
    s.offline()
    expect(c.$connection.get()).toBe('offline')
    for (const delay of [100, 200, 400, 800, 1000]) {
      const before = s.connects()
      await vi.advanceTimersByTimeAsync(delay - 1)
      expect(s.connects()).toBe(before)
      await vi.advanceTimersByTimeAsync(1)
      expect(s.connects()).toBe(before + 1)
      s.offline()
    }
    await vi.advanceTimersByTimeAsync(1000)
    s.online()
    s.welcome()
    expect(s.messages().map((f) => f.type === 'message:send' && f.text)).toEqual(['a', 'b'])
    expect(c.$connection.get()).toBe('online')
  })

  it('treats a missing ack as a broken link: reconnects and resends the same client id', async () => {
    const s = scriptedAdapter()
    const c = createConnector({
      adapter: s.adapter,
      site: 'demo',
      network: null,
      ackTimeout: 500,
      random: () => 0,
    })
    await c.ready
    const entry = c.send('a')
    s.online()
    s.welcome()
    await vi.advanceTimersByTimeAsync(500)
    expect(c.$connection.get()).toBe('offline')
    await vi.advanceTimersByTimeAsync(1000)
    s.online()
    s.welcome()
    const sends = s.messages()
    expect(sends).toHaveLength(2)
    expect(sends.every((f) => f.type === 'message:send' && f.clientId === entry.clientId)).toBe(
      true,
    )
  })

  it('handles out-of-order, repeated and unknown acks, and drops frames seen before', async () => {
    const s = scriptedAdapter()
    const c = createConnector({ adapter: s.adapter, site: 'demo', network: null })
    await c.ready
    const [a, b, d] = [c.send('a'), c.send('b'), c.send('d')]
    s.online()
    s.welcome()
    const acked: string[] = []
    const messages: number[] = []
    c.on('ack', (x) => acked.push(x.clientId))
    c.on('message', (m) => messages.push(m.seq))
    s.deliver(ack(d.clientId, 3))
    s.deliver(ack(a.clientId, 1))
    s.deliver(ack(a.clientId, 1)) // repeated
    s.deliver(ack('someone-else', 9)) // unknown
    expect(acked).toEqual([d.clientId, a.clientId])
    expect(c.pending().map((e) => e.text)).toEqual(['b'])
    // b's echo arrives before its ack: it counts as the ack.
    const message = {
      id: 'x',
      clientId: b.clientId,
      author: 'visitor' as const,
      text: 'b',
      createdAt: 1,
    }
    s.deliver({ type: 'message:new', conversationId: 'k', seq: 2, message })
    expect(c.pending()).toEqual([])
    const agent = { id: 'y', author: 'agent' as const, text: 'hi', createdAt: 1 }
    s.deliver({ type: 'message:new', conversationId: 'k', seq: 4, message: agent })
    s.deliver({ type: 'message:new', conversationId: 'k', seq: 4, message: agent })
    s.deliver({ type: 'message:new', conversationId: 'k', seq: 2, message: agent })
    s.deliver({ type: 'message:new', conversationId: 'k', seq: 'x' } as unknown as ServerFrame)
    expect(messages).toEqual([4])
    // After a reconnect, hello resumes after the last contiguous seq.
    s.offline()
    await vi.advanceTimersByTimeAsync(60_000)
    s.online()
    expect(s.sent.at(-1)).toMatchObject({
      type: 'hello',
      token: 't',
      resume: [{ conversationId: 'k', lastSeq: 4 }],
    })
  })

  it('keeps the outbox and session across a reload (same storage)', async () => {
    const storage = memoryStorage()
    const s = scriptedAdapter()
    const first = createConnector({ adapter: s.adapter, site: 'demo', network: null, storage })
    await first.ready
    const entry = first.send('survives')
    first.destroy()
    const t = scriptedAdapter()
    const second = createConnector({ adapter: t.adapter, site: 'demo', network: null, storage })
    await second.ready
    expect(second.pending()).toEqual([entry])
    expect(t.connects()).toBe(1) // restored pending messages open the connection
    t.online()
    t.welcome()
    expect(t.messages()).toMatchObject([{ clientId: entry.clientId, text: 'survives' }])
  })

  it('goes offline with the network and reconnects at once when it returns', async () => {
    let listener: ((online: boolean) => void) | undefined
    let up = true
    const network: NetworkSignal = {
      isOnline: () => up,
      subscribe(l) {
        listener = l
        return () => {
          listener = undefined
        }
      },
    }
    const s = scriptedAdapter()
    const c = createConnector({ adapter: s.adapter, site: 'demo', network })
    await c.ready
    c.send('x')
    s.online()
    s.welcome()
    up = false
    listener?.(false)
    expect(c.$connection.get()).toBe('offline')
    await vi.advanceTimersByTimeAsync(120_000)
    expect(s.connects()).toBe(1) // no retries while the device is offline
    up = true
    listener?.(true)
    expect(s.connects()).toBe(2)
  })

  it('stops in the error state on an incompatible version, and drops refused messages', async () => {
    const s = scriptedAdapter()
    const c = createConnector({ adapter: s.adapter, site: 'demo', network: null })
    await c.ready
    c.send('x')
    s.online()
    s.deliver({ type: 'error', code: 'version_unsupported', message: 'Update', ref: 'hello' })
    expect(c.$connection.get()).toBe('error')
    expect(c.lastError()).toMatchObject({ code: 'version_unsupported' })
    await vi.advanceTimersByTimeAsync(120_000)
    expect(s.connects()).toBe(1)

    const t = scriptedAdapter()
    const d = createConnector({ adapter: t.adapter, site: 'demo', network: null })
    await d.ready
    const failed: string[] = []
    d.on('failed', (entry, error) => failed.push(`${entry.text}:${error.code}`))
    const entry = d.send('to an ended chat', { conversationId: 'old' })
    t.online()
    t.welcome()
    t.deliver({ type: 'error', code: 'conversation_ended', message: 'ended', ref: entry.clientId })
    expect(failed).toEqual(['to an ended chat:conversation_ended'])
    expect(d.pending()).toEqual([])
    expect(() => d.send('x'.repeat(4001))).toThrow(/Cannot send this message/)
  })
})

describe('connector over the memory backend', () => {
  it('delivers agent replies, and resumes what was missed after a disconnect', async () => {
    const backend = createMemoryBackend()
    const c = createConnector({ adapter: memoryAdapter({ backend }), site: 'demo', network: null })
    const seen: string[] = []
    c.on('message', (m) => seen.push(m.message.text))
    await c.ready
    c.send('help')
    await vi.waitFor(() => expect(c.pending()).toEqual([]))
    const { conversationId } = c.session()
    backend.agentSend(conversationId as string, 'Hi, Lan here')
    await vi.waitFor(() => expect(seen).toEqual(['Hi, Lan here']))
    expect(backend.messages(conversationId as string).map((m) => m.text)).toEqual([
      'help',
      'Hi, Lan here',
    ])
  })
})
