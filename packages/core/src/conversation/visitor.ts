import { type ContactField, validateField } from '../contact/validate.ts'
import type { Attributes, VisitorIdentity } from './types.ts'

const KEYS = ['id', 'name', 'email', 'phone', 'avatar', 'hash'] as const

export interface Cleaned<T> {
  value: T
  /** Readable problems, one per ignored field. */
  problems: string[]
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** Validates `identify`'s argument; bad fields are dropped and described. */
export function cleanIdentity(input: unknown): Cleaned<VisitorIdentity> {
  const value: VisitorIdentity = {}
  const problems: string[] = []
  if (!isObject(input)) return { value, problems: ['identify needs an object like { id, name }'] }
  for (const [key, raw] of Object.entries(input)) {
    const known = KEYS.find((k) => k === key)
    const text = typeof raw === 'number' ? String(raw) : raw
    if (raw === undefined || raw === null) continue
    if (!known || typeof text !== 'string' || text.trim() === '' || text.length > 500) {
      problems.push(
        known
          ? `identify: ${key} must be a non-empty text, got ${JSON.stringify(raw)}`
          : `identify: unknown field "${key}" (use ${KEYS.join(', ')})`,
      )
      continue
    }
    // Contact fields get the pre-chat form's checks and normal forms (+84… phones).
    const checked =
      known === 'name' || known === 'email' || known === 'phone'
        ? validateField(known as ContactField, text)
        : known === 'avatar' && !/^https?:\/\/\S+$/i.test(text.trim())
          ? { ok: false as const }
          : { ok: true as const, value: text.trim() }
    if (checked.ok) value[known] = checked.value
    else problems.push(`identify: ${key} ${JSON.stringify(text)} is not valid`)
  }
  return { value, problems }
}

/** Validates `setAttributes`: a flat object of text, numbers, booleans or null. */
export function cleanAttributes(input: unknown): Cleaned<Attributes> {
  const value: Attributes = {}
  const problems: string[] = []
  if (!isObject(input))
    return { value, problems: ['setAttributes needs an object like { plan: "pro" }'] }
  for (const [key, raw] of Object.entries(input)) {
    if (raw === null || ['string', 'number', 'boolean'].includes(typeof raw)) {
      value[key] = raw as Attributes[string]
    } else problems.push(`setAttributes: "${key}" must be text, a number, a boolean or null`)
  }
  return { value, problems }
}
