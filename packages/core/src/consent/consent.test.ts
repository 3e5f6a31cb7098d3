import { describe, expect, test } from 'vitest'
import { createConsent } from './consent.ts'

describe('consent', () => {
  test('implicit: granted by the first interaction', () => {
    const consent = createConsent('implicit')
    expect(consent.$granted.get()).toBe(false)
    consent.interact()
    expect(consent.$granted.get()).toBe(true)
  })

  test('required: interactions do not grant; only the site does', () => {
    const consent = createConsent('required')
    consent.interact()
    expect(consent.$granted.get()).toBe(false)
    consent.grant()
    expect(consent.$granted.get()).toBe(true)
  })
})
