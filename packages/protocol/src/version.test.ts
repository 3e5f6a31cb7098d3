import { describe, expect, it } from 'vitest'
import { minorOf, negotiateVersion, PROTOCOL_VERSION } from './version.ts'

describe('negotiateVersion', () => {
  it('speaks the lower minor of the same major', () => {
    expect(negotiateVersion('1.0.3', '1.1.0')).toEqual({ ok: true, version: '1.0.3' })
    expect(negotiateVersion('1.4.0', '1.1.0')).toEqual({ ok: true, version: '1.1.0' })
    expect(negotiateVersion(PROTOCOL_VERSION)).toEqual({ ok: true, version: PROTOCOL_VERSION })
    expect(minorOf('1.4.2')).toBe(4)
  })

  it('refuses another major version, or garbage, saying what to update', () => {
    const other = negotiateVersion('2.0.0', '1.1.0')
    expect(other).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Update @chao\/connector/),
    })
    expect(negotiateVersion('0.9.0', '1.1.0').ok).toBe(false)
    expect(negotiateVersion('latest', '1.1.0').ok).toBe(false)
  })
})
