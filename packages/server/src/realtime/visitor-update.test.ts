import type { ServerFrame, ServerFrameOf } from '@chao/protocol'
import { describe, expect, it, vi } from 'vitest'
import { mergeVisitorDetails } from '../db/visitor-details-sqlite.ts'
import {
  addAgent,
  agentProbe,
  handoffServer,
  login,
  stateOf,
  visitorProbe,
} from '../test/handoff.ts'
import type { Outlet, Session } from './engine.ts'
import { identityHash } from './identity.ts'
import { createVisitorUpdates } from './visitor-update.ts'

type Updated = ServerFrameOf<'visitor:updated'>
const isUpdated = (f: ServerFrame) => f.type === 'visitor:updated'

/** A live chat: Lan online in the console, a visitor handed off with a cart and a coupon. */
async function liveChat(overrides: Parameters<typeof handoffServer>[0] = {}) {
  const { app, origin, store } = await handoffServer(overrides)
  await addAgent(store, { email: 'lan@shop.vn', name: 'Lan' })
  const agent = await agentProbe(origin, (await login(app, 'lan@shop.vn')).cookie)
  const { probe: visitor, welcome } = await visitorProbe(origin)
  return { agent, visitor, store, visitorId: welcome.visitorId as string }
}

async function handOff(visitor: Awaited<ReturnType<typeof liveChat>>['visitor']) {
  await visitor.send({
    type: 'handoff:request',
    attributes: { cart: '300.000 ₫', coupon: 'TET' },
  })
  return (await visitor.next<ServerFrameOf<'conversation:state'>>(stateOf('assigned')))
    .conversationId
}

/** The visitor signs in as user-42 (Minh), verified by the site's identity secret. */
async function identifyMinh(
  visitor: Awaited<ReturnType<typeof liveChat>>['visitor'],
  secret: string,
) {
  await visitor.send({
    type: 'identify',
    userId: 'user-42',
    hash: identityHash(secret, 'user-42'),
    name: 'Minh',
    email: 'minh@shop.vn',
  })
  await visitor.next((f) => f.type === 'identified')
}

describe('visitor:update', () => {
  it('merges into the visitor (null removes) and tells the agents what changed', async () => {
    const { agent, visitor, store, visitorId } = await liveChat()
    const conversationId = await handOff(visitor)
    await visitor.send({
      type: 'visitor:update',
      name: 'Minh Tran',
      email: 'minh@example.com',
      attributes: { cart: '1.200.000 ₫', coupon: null, items: 2, plan: null },
    })
    // `plan` was never set: removing it is no change, so the agents do not hear of it.
    expect(await agent.next<Updated>(isUpdated)).toEqual({
      type: 'visitor:updated',
      visitorId,
      conversationId,
      name: 'Minh Tran',
      email: 'minh@example.com',
      attributes: { cart: '1.200.000 ₫', coupon: null, items: 2 },
    })
    const detail = await store.conversationDetail(conversationId)
    expect(detail?.visitor).toMatchObject({ name: 'Minh Tran', email: 'minh@example.com' })
    expect(detail?.visitorProfile.attributes).toEqual({ cart: '1.200.000 ₫', items: 2 })

    // The same details again change nothing: no frame; the next one is the real change.
    await visitor.send({ type: 'visitor:update', name: 'Minh Tran', attributes: { items: 2 } })
    await visitor.send({ type: 'visitor:update', attributes: { items: 3 } })
    expect(await agent.next<Updated>(isUpdated)).toEqual({
      type: 'visitor:updated',
      visitorId,
      conversationId,
      attributes: { items: 3 },
    })
  })

  it("keeps a verified visitor's name and email, applies the attributes, and says so", async () => {
    const secret = 'site-identity-secret-0123'
    const { agent, visitor, store } = await liveChat({ identitySecret: secret })
    await identifyMinh(visitor, secret)
    const conversationId = await handOff(visitor)
    await visitor.send({
      type: 'visitor:update',
      name: 'Someone Else',
      email: 'else@evil.example',
      attributes: { plan: 'pro' },
    })
    expect(await visitor.error('visitor:update')).toMatchObject({
      code: 'visitor_verified',
      message: expect.stringMatching(/name and email were kept/),
    })
    const updated = await agent.next<Updated>(isUpdated)
    expect(updated).toMatchObject({ conversationId, attributes: { plan: 'pro' } })
    expect(updated.name).toBeUndefined()
    expect(updated.email).toBeUndefined()
    const detail = await store.conversationDetail(conversationId)
    expect(detail?.visitor).toMatchObject({ name: 'Minh', email: 'minh@shop.vn' })
    expect(detail?.visitorProfile).toMatchObject({ verified: true, attributes: { plan: 'pro' } })
  })

  it("keeps a verified visitor's name and email when the handoff brings others", async () => {
    const secret = 'site-identity-secret-0123'
    const { visitor, store } = await liveChat({ identitySecret: secret })
    await identifyMinh(visitor, secret)
    await visitor.send({
      type: 'handoff:request',
      visitor: { name: 'Someone Else', email: 'else@evil.example' },
      attributes: { plan: 'pro' },
    })
    const { conversationId } = await visitor.next<ServerFrameOf<'conversation:state'>>(
      stateOf('assigned'),
    )
    const detail = await store.conversationDetail(conversationId)
    expect(detail?.visitor).toMatchObject({ name: 'Minh', email: 'minh@shop.vn' })
    expect(detail?.visitorProfile).toMatchObject({ verified: true, attributes: { plan: 'pro' } })
  })

  it('a visitor who signs in during the chat: the agents hear who, and that it is verified', async () => {
    const secret = 'site-identity-secret-0123'
    const { agent, visitor, visitorId } = await liveChat({ identitySecret: secret })
    const conversationId = await handOff(visitor)
    await identifyMinh(visitor, secret)
    expect(await agent.next<Updated>(isUpdated)).toEqual({
      type: 'visitor:updated',
      visitorId,
      conversationId,
      userId: 'user-42',
      verified: true,
      name: 'Minh',
      email: 'minh@shop.vn',
    })
  })

  it('refuses bad updates with a reason, and agents cannot send them', async () => {
    const { agent, visitor } = await liveChat()
    await visitor.send({ type: 'visitor:update', attributes: { cart: { total: 1 } } })
    expect(await visitor.error('visitor:update')).toMatchObject({
      code: 'invalid_frame',
      message: expect.stringMatching(/frame\.attributes\.cart must be a string/),
    })
    await visitor.send({ type: 'visitor:update' })
    expect(await visitor.error('visitor:update')).toMatchObject({ code: 'invalid_frame' })
    await agent.send({ type: 'visitor:update', name: 'Lan' })
    expect(await agent.error('visitor:update')).toMatchObject({ code: 'unknown_frame' })
  })
})

describe('visitor:update limits', () => {
  const session: Session = { role: 'visitor', greeted: true, siteId: 'demo', visitorId: 'v1' }

  it('takes 30 updates a minute per visitor, then rate_limited until the next minute', async () => {
    let now = 60_000 * 1000
    const store = {
      updateVisitorDetails: vi.fn(async () => ({ ok: true as const, changed: {}, kept: [] })),
      findOpenConversation: vi.fn(async () => undefined),
    }
    const update = createVisitorUpdates({ store, clock: () => now })
    const fail = vi.fn()
    const out: Outlet = { reply: vi.fn(), publish: vi.fn(), join: vi.fn() }
    const frame = { type: 'visitor:update', attributes: { n: 1 } } as const
    for (let i = 0; i < 30; i++) await update(session, frame, out, fail)
    expect(fail).not.toHaveBeenCalled()
    await update(session, frame, out, fail)
    expect(fail).toHaveBeenCalledWith('rate_limited', expect.stringMatching(/in a minute/))
    expect(store.updateVisitorDetails).toHaveBeenCalledTimes(30)
    // Another visitor is not held back, and the next minute starts afresh.
    await update({ ...session, visitorId: 'v2' }, frame, out, fail)
    now += 60_000
    await update(session, frame, out, fail)
    expect(store.updateVisitorDetails).toHaveBeenCalledTimes(32)
  })

  it('refuses to grow the attributes past the limit, but lets a visitor over it shrink', () => {
    const current = {
      name: null,
      email: null,
      verified: false,
      attributes: { a: 1, b: 2 } as Record<string, number>,
    }
    expect(mergeVisitorDetails(current, { attributes: { c: 3 } }, 2).update).toEqual({
      ok: false,
      reason: 'too_many_attributes',
    })
    expect(mergeVisitorDetails(current, { attributes: { a: null, c: 3 } }, 2)).toEqual({
      update: { ok: true, changed: { attributes: { a: null, c: 3 } }, kept: [] },
      next: { ...current, attributes: { b: 2, c: 3 } },
    })
    expect(mergeVisitorDetails(current, { attributes: { b: 5 } }, 1).update.ok).toBe(true)
    // "__proto__" is a key like any other.
    const proto = JSON.parse('{"__proto__": "x"}') as Record<string, string>
    const merged = mergeVisitorDetails(current, { attributes: proto }, 5)
    expect(Object.keys(merged.next.attributes)).toContain('__proto__')
  })
})
