import { describe, expect, it } from 'vitest'
import { parseClientFrame, parseServerFrame } from './parse.ts'

describe('rating:submit (1.3)', () => {
  it('takes CSAT with a comment, NPS and CES, and a clientId', () => {
    const parsed = parseClientFrame({
      type: 'rating:submit',
      clientId: 'r1',
      conversationId: 'c1',
      score: 4,
      comment: 'Quick',
      nps: 10,
      ces: 7,
    })
    expect(parsed).toEqual({
      ok: true,
      frame: {
        type: 'rating:submit',
        clientId: 'r1',
        conversationId: 'c1',
        score: 4,
        comment: 'Quick',
        nps: 10,
        ces: 7,
      },
    })
  })

  it('keeps accepting the 1.2 shape (score, no clientId)', () => {
    expect(parseClientFrame({ type: 'rating:submit', conversationId: 'c1', score: 1 }).ok).toBe(
      true,
    )
  })

  it('lets NPS or CES stand alone, but not an empty rating', () => {
    expect(parseClientFrame({ type: 'rating:submit', conversationId: 'c', nps: 0 }).ok).toBe(true)
    expect(parseClientFrame({ type: 'rating:submit', conversationId: 'c', ces: 1 }).ok).toBe(true)
    const empty = parseClientFrame({ type: 'rating:submit', clientId: 'r', conversationId: 'c' })
    expect(empty).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_frame',
        ref: 'r',
        message: expect.stringMatching(/score, nps or ces/),
      },
    })
  })

  it('refuses out-of-range answers', () => {
    for (const bad of [
      { score: 6 },
      { score: 0 },
      { nps: 11 },
      { nps: -1 },
      { ces: 8 },
      { ces: 0 },
    ]) {
      expect(parseClientFrame({ type: 'rating:submit', conversationId: 'c', ...bad }).ok).toBe(
        false,
      )
    }
  })

  it('has a server ack', () => {
    expect(parseServerFrame({ type: 'rating:ack', clientId: 'r1', conversationId: 'c1' }).ok).toBe(
      true,
    )
  })
})
