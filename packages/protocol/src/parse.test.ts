import { describe, expect, it } from 'vitest'
import { MAX_TEXT_LENGTH } from './message.ts'
import { parseClientFrame, parseServerFrame } from './parse.ts'

const send = { type: 'message:send', clientId: 'c1', text: 'Xin chào' }

describe('parseClientFrame', () => {
  it('accepts a valid frame and drops fields the schema does not declare', () => {
    const parsed = parseClientFrame({ ...send, evil: '<script>', conversationId: 'k1' })
    expect(parsed).toEqual({
      ok: true,
      frame: { type: 'message:send', clientId: 'c1', text: 'Xin chào', conversationId: 'k1' },
    })
  })

  it.each([
    [null, 'invalid_frame', undefined],
    [[1, 2], 'invalid_frame', undefined],
    [{ text: 'no type' }, 'invalid_frame', undefined],
    [{ type: 'message:delete', clientId: 'c9' }, 'unknown_frame', 'c9'],
    [{ type: 'constructor' }, 'unknown_frame', 'constructor'],
    [{ ...send, text: 42 }, 'invalid_frame', 'c1'],
    [{ ...send, clientId: 'has space' }, 'invalid_frame', 'has space'],
    [{ ...send, text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, 'text_too_long', 'c1'],
    [{ type: 'rating:submit', conversationId: 'k', score: 6 }, 'invalid_frame', 'rating:submit'],
    [{ type: 'read', conversationId: 'k', seq: 1.5 }, 'invalid_frame', 'read'],
  ])('refuses %j with %s', (input, code, ref) => {
    const parsed = parseClientFrame(input)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code)
      expect(parsed.error.ref).toBe(ref)
      expect(parsed.error.message.length).toBeGreaterThan(5)
    }
  })

  it('accepts text of exactly the maximum length', () => {
    expect(parseClientFrame({ ...send, text: 'x'.repeat(MAX_TEXT_LENGTH) }).ok).toBe(true)
  })

  it('refuses attachment URLs that are not http(s)', () => {
    const attachment = { name: 'a.png', type: 'image/png', size: 10, url: 'javascript:alert(1)' }
    const parsed = parseClientFrame({ ...send, attachments: [attachment] })
    expect(parsed).toMatchObject({ ok: false, error: { code: 'invalid_frame' } })
    const ok = parseClientFrame({
      ...send,
      attachments: [{ ...attachment, url: 'https://x.io/a' }],
    })
    expect(ok.ok).toBe(true)
  })

  it('narrows to the frame types an endpoint accepts', () => {
    const proactive = { type: 'proactive:send', visitorId: 'v1', text: 'Hi' }
    expect(parseClientFrame(proactive).ok).toBe(true)
    expect(parseClientFrame(proactive, ['hello', 'message:send'])).toMatchObject({
      ok: false,
      error: { code: 'unknown_frame' },
    })
  })
})

describe('parseServerFrame', () => {
  it('validates acks and messages', () => {
    const ack = {
      type: 'message:ack',
      clientId: 'c1',
      id: 'm1',
      conversationId: 'k',
      seq: 1,
      createdAt: 5,
    }
    expect(parseServerFrame(ack)).toEqual({ ok: true, frame: ack })
    expect(parseServerFrame({ ...ack, seq: 0 }).ok).toBe(false)
    const message = { id: 'm2', author: 'robot', text: 'x', createdAt: 1 }
    expect(parseServerFrame({ type: 'message:new', conversationId: 'k', seq: 2, message }).ok).toBe(
      false,
    )
  })
})
