import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from './errors.ts'
import { VISITOR_ONLY } from './frames.ts'
import { parseClientFrame, parseServerFrame } from './parse.ts'
import { PROTOCOL_VERSION } from './version.ts'

describe('visitor:update (1.4)', () => {
  it('takes a name, an email and attribute changes, null removing one', () => {
    const parsed = parseClientFrame({
      type: 'visitor:update',
      name: 'Minh',
      email: 'minh@example.com',
      attributes: { cart: '1.200.000 ₫', items: 3, vip: true, coupon: null },
      userId: 'not declared',
    })
    expect(parsed).toEqual({
      ok: true,
      frame: {
        type: 'visitor:update',
        name: 'Minh',
        email: 'minh@example.com',
        attributes: { cart: '1.200.000 ₫', items: 3, vip: true, coupon: null },
      },
    })
    expect(parseClientFrame({ type: 'visitor:update', attributes: { plan: 'pro' } }).ok).toBe(true)
    expect(VISITOR_ONLY).toContain('visitor:update')
    expect(PROTOCOL_VERSION).toBe('1.4.0')
  })

  it('refuses an update that changes nothing, and says what it needs', () => {
    for (const empty of [{}, { attributes: {} }]) {
      expect(parseClientFrame({ type: 'visitor:update', ...empty })).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_frame',
          ref: 'visitor:update',
          message: expect.stringMatching(/name, email or attributes/),
        },
      })
    }
  })

  it("keeps handoff:request's limits: name, email, 30 keys, short scalar values", () => {
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, i]))
    for (const bad of [
      { name: '' },
      { name: 'x'.repeat(101) },
      { email: 'not an email' },
      { attributes: many },
      { attributes: { nested: { a: 1 } } },
      { attributes: { long: 'x'.repeat(501) } },
      { attributes: { '': 1 } },
      { attributes: { n: Number.POSITIVE_INFINITY } },
      { attributes: ['cart'] },
    ]) {
      expect(
        parseClientFrame({ type: 'visitor:update', ...bad }),
        JSON.stringify(bad),
      ).toMatchObject({ ok: false, error: { code: 'invalid_frame' } })
    }
  })

  it('leaves null out of the attributes of handoff:request and identify (no removal there)', () => {
    expect(parseClientFrame({ type: 'handoff:request', attributes: { a: null } }).ok).toBe(false)
  })

  it('has the agents’ visitor:updated frame and the visitor_verified error', () => {
    expect(
      parseServerFrame({
        type: 'visitor:updated',
        visitorId: 'v1',
        conversationId: 'c1',
        attributes: { cart: '1.200.000 ₫', coupon: null },
      }).ok,
    ).toBe(true)
    expect(parseServerFrame({ type: 'visitor:updated', name: 'Minh' }).ok).toBe(false)
    // A visitor who signs in during the chat: who, and whether the hash verified them.
    const signedIn = { type: 'visitor:updated', visitorId: 'v1', userId: 'user-42', verified: true }
    expect(parseServerFrame(signedIn).ok).toBe(true)
    expect(parseServerFrame({ ...signedIn, verified: 'yes' }).ok).toBe(false)
    expect(parseServerFrame({ ...signedIn, userId: '' }).ok).toBe(false)
    expect(ERROR_CODES.visitor_verified).toBeTruthy()
  })
})
