import { describe, expect, it } from 'vitest'
import { AGENT_ONLY, VISITOR_ONLY } from './frames.ts'
import { parseClientFrame, parseServerFrame } from './parse.ts'

describe('handoff frames (1.2)', () => {
  it('takes the handoff context and drops what it does not declare', () => {
    const parsed = parseClientFrame({
      type: 'handoff:request',
      department: 'sales',
      pageUrl: 'https://shop.example/cart',
      transcript: [{ author: 'bot', text: 'Hi', createdAt: 1 }],
      visitor: { name: 'Lan', email: 'lan@example.com', role: 'admin' },
      attributes: { plan: 'pro', cart: 120, vip: true },
    })
    expect(parsed).toMatchObject({ ok: true })
    if (parsed.ok && parsed.frame.type === 'handoff:request') {
      expect(parsed.frame.visitor).toEqual({ name: 'Lan', email: 'lan@example.com' })
      expect(parsed.frame.attributes).toEqual({ plan: 'pro', cart: 120, vip: true })
    }
  })

  it('refuses a javascript: page URL, nested attributes and a bad email', () => {
    for (const bad of [
      { pageUrl: 'javascript:alert(1)' },
      { attributes: { nested: { a: 1 } } },
      { visitor: { email: 'not an email' } },
    ]) {
      expect(parseClientFrame({ type: 'handoff:request', ...bad })).toMatchObject({
        ok: false,
        error: { code: 'invalid_frame' },
      })
    }
  })

  it('checks identify hashes, tickets, and agent frames', () => {
    expect(parseClientFrame({ type: 'identify', userId: 'u1', hash: 'zz' }).ok).toBe(false)
    expect(parseClientFrame({ type: 'identify', userId: 'u1', hash: 'a'.repeat(64) }).ok).toBe(true)
    const ticket = { type: 'ticket:create', clientId: 't1', name: 'Lan', email: 'l@x.vn' }
    expect(parseClientFrame({ ...ticket, message: 'Help' }).ok).toBe(true)
    expect(parseClientFrame({ ...ticket, message: '' }).ok).toBe(false)
    expect(parseClientFrame({ type: 'agent:status', status: 'busy' }).ok).toBe(false)
    expect(AGENT_ONLY).toContain('conversation:transfer')
    expect(VISITOR_ONLY).toContain('ticket:create')
  })

  it('validates the new server frames', () => {
    expect(
      parseServerFrame({ type: 'queue:position', conversationId: 'c', position: 0, etaSeconds: 30 })
        .ok,
    ).toBe(true)
    expect(parseServerFrame({ type: 'handoff:unavailable', reason: 'no_agent_online' }).ok).toBe(
      true,
    )
    expect(parseServerFrame({ type: 'handoff:unavailable', reason: 'lunch' }).ok).toBe(false)
  })
})
