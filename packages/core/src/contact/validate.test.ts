import { describe, expect, test } from 'vitest'
import { normalizePhone, validateField } from './validate.ts'

describe('contact validation', () => {
  test.each([
    ['0912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['+84 912 345 678', '+84912345678'],
    ['84387654321', '+84387654321'],
    ['(028) 3823 4567', '+842838234567'],
    ['+33 6 12 34 56 78', '+33612345678'],
  ])('phone %s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected)
  })

  test.each(['0123456789', '091234567', '09123456789', '12345', '+84 112 345 678', 'abc'])(
    'rejects the phone %s',
    (input) => {
      expect(validateField('phone', input)).toEqual({ ok: false, error: 'invalid.phone' })
    },
  )

  test('emails', () => {
    expect(validateField('email', ' Lan@Example.COM ')).toEqual({
      ok: true,
      value: 'lan@example.com',
    })
    for (const bad of ['lan', 'lan@', 'lan@example', 'lan @example.com', '@example.com']) {
      expect(validateField('email', bad)).toEqual({ ok: false, error: 'invalid.email' })
    }
  })

  test('names', () => {
    expect(validateField('name', '  Nguyễn   Thị Lan ')).toEqual({
      ok: true,
      value: 'Nguyễn Thị Lan',
    })
    expect(validateField('name', '   ')).toEqual({ ok: false, error: 'invalid.name' })
    expect(validateField('name', 'x'.repeat(81)).ok).toBe(false)
  })
})
