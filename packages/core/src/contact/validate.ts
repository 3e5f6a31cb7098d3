import type { MessageKey } from '../i18n/translate.ts'

/** Contact details a pre-chat form or the bot may collect. */
export type ContactField = 'name' | 'email' | 'phone'
export const CONTACT_FIELDS: readonly ContactField[] = ['name', 'email', 'phone']

export type FieldResult = { ok: true; value: string } | { ok: false; error: MessageKey }

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[a-z]{2,}$/i
// Vietnamese mobiles: 0 + 3/5/7/8/9 + 8 digits; landlines: 02x + 8 digits. Written with
// 0, 84 or +84 in front. Other countries: E.164 with their + prefix.
const VN_PHONE = /^(?:\+?84|0)([35789]\d{8}|2\d{9})$/
const E164 = /^\+[1-9]\d{7,14}$/

/** Normalises a phone number (+84… for Vietnam), or null when it is not one. */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, '')
  const vn = VN_PHONE.exec(compact)
  if (vn) return `+84${vn[1]}`
  // A +84 number that is not a Vietnamese one is a typo, not a foreign number.
  return E164.test(compact) && !compact.startsWith('+84') ? compact : null
}

/** Validates and normalises one contact field; the error is a catalog key. */
export function validateField(field: ContactField, input: string): FieldResult {
  const value = input.trim()
  if (field === 'name') {
    return value.length > 0 && value.length <= 80
      ? { ok: true, value: value.replace(/\s+/g, ' ') }
      : { ok: false, error: 'invalid.name' }
  }
  if (field === 'email') {
    return value.length <= 254 && EMAIL.test(value)
      ? { ok: true, value: value.toLowerCase() }
      : { ok: false, error: 'invalid.email' }
  }
  const phone = normalizePhone(value)
  return phone ? { ok: true, value: phone } : { ok: false, error: 'invalid.phone' }
}
