import type { Connector, ConnectorEvents } from '@chao/connector'
import { createChatEngine } from '@chao/core'
import type { ClientFrame } from '@chao/protocol'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { visitorUpdates } from './visitor-updates.ts'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

/** A connector double: frames leave only while "online", as with the real one. */
function fakeConnector() {
  const listeners: { [K in keyof ConnectorEvents]?: ConnectorEvents[K][] } = {}
  const sent: ClientFrame[] = []
  const link = { online: true }
  const connector = {
    sendFrame: vi.fn((frame: ClientFrame) => {
      if (!link.online) return false
      sent.push(frame)
      return true
    }),
    on(event: keyof ConnectorEvents, listener: never) {
      listeners[event] ??= []
      const list = listeners[event] as unknown[]
      list.push(listener)
      return () => list.splice(list.indexOf(listener), 1)
    },
  } as unknown as Pick<Connector, 'on' | 'sendFrame'>
  const emit = <K extends keyof ConnectorEvents>(
    event: K,
    ...args: Parameters<ConnectorEvents[K]>
  ) => {
    for (const l of listeners[event] ?? []) (l as (...a: unknown[]) => void)(...args)
  }
  const welcome = (v = '1.4.0') =>
    emit('welcome', { type: 'welcome', v, conversation: null, limits: { maxTextLength: 4000 } })
  return { connector, emit, welcome, sent, link }
}

/** A visitor handed off with a cart and a coupon, on a 1.4 server. */
function liveVisitor(options: { request?: boolean; v?: string } = {}) {
  const engine = createChatEngine({ locale: 'en' })
  engine.setAttributes({ cart: '300.000 ₫', coupon: 'TET' })
  const fake = fakeConnector()
  const stop = visitorUpdates(engine, fake.connector, { request: options.request ?? true })
  fake.welcome(options.v)
  return { engine, fake, stop }
}

describe('visitor updates', () => {
  test('changes within half a second leave as one frame with only what changed', () => {
    const { engine, fake, stop } = liveVisitor()
    expect(fake.sent).toEqual([]) // the handoff request carried the details of then
    engine.setAttributes({ cart: '900.000 ₫' })
    vi.advanceTimersByTime(300)
    engine.setAttributes({ cart: '1.200.000 ₫', coupon: null, items: 2 })
    engine.identify({ name: 'Minh Tran', email: 'minh@example.com' })
    vi.advanceTimersByTime(499)
    expect(fake.sent).toEqual([])
    vi.advanceTimersByTime(1)
    expect(fake.sent).toEqual([
      {
        type: 'visitor:update',
        attributes: { cart: '1.200.000 ₫', items: 2, coupon: null },
        name: 'Minh Tran',
        email: 'minh@example.com',
      },
    ])
    // Setting what the server already has is no change: nothing leaves.
    engine.setAttributes({ cart: '1.200.000 ₫' })
    vi.advanceTimersByTime(1000)
    expect(fake.sent).toHaveLength(1)
    stop()
    engine.setAttributes({ cart: '0 ₫' })
    vi.advanceTimersByTime(1000)
    expect(fake.sent).toHaveLength(1)
  })

  test('changes made offline leave once reconnected: one frame, the latest state', () => {
    const { engine, fake } = liveVisitor()
    fake.link.online = false
    for (const cart of ['400.000 ₫', '500.000 ₫', '600.000 ₫']) {
      engine.setAttributes({ cart })
      vi.advanceTimersByTime(1000)
    }
    engine.setAttributes({ coupon: null })
    vi.advanceTimersByTime(1000)
    expect(fake.sent).toEqual([])
    fake.link.online = true
    fake.welcome()
    expect(fake.sent).toEqual([
      { type: 'visitor:update', attributes: { cart: '600.000 ₫', coupon: null } },
    ])
    // A second reconnection with nothing new sends nothing.
    fake.welcome()
    vi.advanceTimersByTime(1000)
    expect(fake.sent).toHaveLength(1)
  })

  test('a visitor who signs in during the chat is identified at once, once, even after being offline', () => {
    const { engine, fake } = liveVisitor()
    fake.link.online = false
    engine.identify({ id: 'user-42', hash: 'a'.repeat(64), name: 'Minh' })
    expect(fake.sent).toEqual([])
    fake.link.online = true
    fake.welcome()
    expect(fake.sent[0]).toMatchObject({ type: 'identify', userId: 'user-42', name: 'Minh' })
    // The same user again (a page that calls identify on every route) is no new sign-in.
    engine.identify({ id: 'user-42', hash: 'a'.repeat(64), name: 'Minh' })
    fake.welcome()
    vi.advanceTimersByTime(1000)
    expect(fake.sent.filter((f) => f.type === 'identify')).toHaveLength(1)
    // Another user is.
    engine.identify({ id: 'user-43', hash: 'c'.repeat(64) })
    expect(fake.sent.filter((f) => f.type === 'identify').at(-1)).toMatchObject({
      userId: 'user-43',
    })
  })

  test('a chat resumed after a reload tells the server the whole state once', () => {
    const { fake } = liveVisitor({ request: false })
    expect(fake.sent).toEqual([
      { type: 'visitor:update', attributes: { cart: '300.000 ₫', coupon: 'TET' } },
    ])
  })

  test('an older server (1.3) never gets visitor:update; a signed-in user is identified again', () => {
    const { engine, fake } = liveVisitor({ v: '1.3.0' })
    engine.setAttributes({ cart: '1.200.000 ₫' })
    vi.advanceTimersByTime(1000)
    expect(fake.sent).toEqual([])
    engine.identify({ id: 'user-7', hash: 'b'.repeat(64) })
    engine.setAttributes({ plan: 'pro' })
    vi.advanceTimersByTime(1000)
    expect(fake.sent.map((f) => f.type)).not.toContain('visitor:update')
    expect(fake.sent.at(-1)).toMatchObject({
      type: 'identify',
      userId: 'user-7',
      attributes: { cart: '1.200.000 ₫', plan: 'pro' },
    })
  })

  test('a verified visitor: after visitor_verified, name and email stay out of updates', () => {
    const { engine, fake } = liveVisitor()
    engine.identify({ name: 'Someone Else' })
    vi.advanceTimersByTime(500)
    expect(fake.sent.at(-1)).toEqual({ type: 'visitor:update', name: 'Someone Else' })
    fake.emit('frame', {
      type: 'error',
      code: 'visitor_verified',
      message: 'kept',
      ref: 'visitor:update',
    })
    engine.identify({ name: 'Another Name' })
    engine.setAttributes({ plan: 'pro' })
    vi.advanceTimersByTime(500)
    expect(fake.sent.at(-1)).toEqual({ type: 'visitor:update', attributes: { plan: 'pro' } })
  })

  test('rate_limited: the refused changes go again later, with what changed meanwhile', () => {
    const { engine, fake } = liveVisitor()
    engine.setAttributes({ cart: '700.000 ₫' })
    vi.advanceTimersByTime(500)
    fake.emit('frame', {
      type: 'error',
      code: 'rate_limited',
      message: 'wait',
      ref: 'visitor:update',
    })
    engine.setAttributes({ items: 4 })
    vi.advanceTimersByTime(500)
    expect(fake.sent).toHaveLength(1) // the retry waits for the server's window
    vi.advanceTimersByTime(60_000)
    expect(fake.sent.at(-1)).toEqual({
      type: 'visitor:update',
      attributes: { cart: '700.000 ₫', items: 4 },
    })
  })

  test('more changes than a frame takes leave in frames of 30', () => {
    const { engine, fake } = liveVisitor()
    engine.setAttributes(Object.fromEntries(Array.from({ length: 28 }, (_, i) => [`k${i}`, i])))
    engine.setAttributes({ coupon: null, cart: null })
    vi.advanceTimersByTime(500)
    // 28 new keys and 2 removed: within 30, one frame. The page has at most 30 keys that
    // reach the wire (wireAttributes), so a change set over 30 needs removals too.
    expect(fake.sent).toHaveLength(1)
    expect(
      Object.keys(fake.sent[0]?.type === 'visitor:update' ? (fake.sent[0].attributes ?? {}) : {}),
    ).toHaveLength(30)
    engine.setAttributes(Object.fromEntries(Array.from({ length: 28 }, (_, i) => [`k${i}`, null])))
    engine.setAttributes(Object.fromEntries(Array.from({ length: 28 }, (_, i) => [`n${i}`, i])))
    vi.advanceTimersByTime(500)
    const frames = fake.sent.slice(1)
    expect(frames).toHaveLength(2)
    const keys = frames.flatMap((f) =>
      Object.keys(f.type === 'visitor:update' ? (f.attributes ?? {}) : {}),
    )
    expect(keys).toHaveLength(56)
  })
})
