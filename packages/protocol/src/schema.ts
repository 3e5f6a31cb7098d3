/**
 * A tiny runtime schema kit (about 1 KB minified): each check returns the value, typed, or
 * throws a `FrameError`. Objects keep only the keys they declare, so unknown fields from a
 * newer peer are dropped instead of stored or forwarded.
 */
import type { ErrorCode } from './errors.ts'

export class FrameError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'FrameError'
    this.code = code
  }
}

export type Check<T> = ((value: unknown, path: string) => T) & { optional?: true }
export type Infer<C> = C extends Check<infer T> ? T : never

type Shape = Record<string, Check<unknown>>
type Simplify<T> = { [K in keyof T]: T[K] } & {}
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never
}[keyof S]
export type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>
  }
>

const fail = (path: string, reason: string, code: ErrorCode = 'invalid_frame'): never => {
  throw new FrameError(code, `${path} ${reason}`)
}

export function string(max: number, min = 0, tooLong: ErrorCode = 'invalid_frame'): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') return fail(path, 'must be a string')
    if (value.length > max) return fail(path, `must be at most ${max} characters`, tooLong)
    if (value.length < min) return fail(path, `must be at least ${min} characters`)
    return value
  }
}

export function matching(pattern: RegExp, description: string): Check<string> {
  return (value, path) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(path, `must be ${description}`)
}

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** An identifier: 1–64 letters, digits, `_` or `-`. */
export const id: Check<string> = matching(ID, 'an id of 1 to 64 letters, digits, _ or -')

export function integer(min: number, max = Number.MAX_SAFE_INTEGER): Check<number> {
  return (value, path) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? (value as number)
      : fail(path, `must be a whole number from ${min} to ${max}`)
}

export const boolean: Check<boolean> = (value, path) =>
  typeof value === 'boolean' ? value : fail(path, 'must be true or false')

export function oneOf<const T extends string>(...values: T[]): Check<T> {
  return (value, path) =>
    values.includes(value as T) ? (value as T) : fail(path, `must be one of ${values.join(', ')}`)
}

export function optional<T>(check: Check<T>): Check<T | undefined> & { optional: true } {
  const wrapped = ((value: unknown, path: string) =>
    value === undefined ? undefined : check(value, path)) as Check<T | undefined> & {
    optional: true
  }
  wrapped.optional = true
  return wrapped
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? null : check(value, path))
}

export function array<T>(check: Check<T>, max: number): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'must be an array')
    if (value.length > max) return fail(path, `must have at most ${max} items`)
    return value.map((item, index) => check(item, `${path}[${index}]`))
  }
}

export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(path, 'must be an object')
    }
    const out: Record<string, unknown> = {}
    for (const key in shape) {
      const parsed = (shape[key] as Check<unknown>)(
        (value as Record<string, unknown>)[key],
        `${path}.${key}`,
      )
      if (parsed !== undefined) out[key] = parsed
    }
    return out as ObjectOf<S>
  }
}

type Scalar = string | number | boolean

/**
 * A flat map of string keys to short scalar values (visitor attributes): at most `maxKeys`
 * keys of ≤ 64 characters, strings ≤ 500 characters. With `nulls`, a key may be null too
 * (a change that removes the attribute).
 */
export function record(maxKeys: number): Check<Record<string, Scalar>>
export function record(maxKeys: number, nulls: true): Check<Record<string, Scalar | null>>
export function record(maxKeys: number, nulls = false): Check<Record<string, Scalar | null>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(path, 'must be an object')
    }
    const entries = Object.entries(value)
    if (entries.length > maxKeys) return fail(path, `must have at most ${maxKeys} keys`)
    const out: Record<string, Scalar | null> = {}
    for (const [key, item] of entries) {
      if (key.length < 1 || key.length > 64) fail(path, 'keys must be 1 to 64 characters')
      const ok =
        (nulls && item === null) ||
        typeof item === 'boolean' ||
        (typeof item === 'number' && Number.isFinite(item)) ||
        (typeof item === 'string' && item.length <= 500)
      if (!ok) {
        const also = nulls ? ', a boolean or null' : ' or a boolean'
        fail(`${path}.${key}`, `must be a string (≤ 500), a number${also}`)
      }
      out[key] = item as Scalar | null
    }
    return out
  }
}
