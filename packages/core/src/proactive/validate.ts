/** Small runtime checks shared by the rule validator. Each reports and returns ok. */

export type Report = (field: string, reason: string) => void

export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

export const isNonEmptyString = (x: unknown): x is string =>
  typeof x === 'string' && x.trim() !== ''

export const isPrimitive = (x: unknown): boolean =>
  x === null || ['string', 'number', 'boolean'].includes(typeof x)

/** A short JSON rendering of a bad value for an error message. */
export function show(x: unknown): string {
  const s = JSON.stringify(x) ?? String(x)
  return s.length > 40 ? `${s.slice(0, 37)}...` : s
}

export const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`

/** Reports every key of `value` outside `allowed` (typos must not pass silently). */
export function checkKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  report: Report,
): boolean {
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key))
  for (const key of unknown) {
    report(join(path, key), `unknown field (allowed: ${allowed.join(', ')})`)
  }
  return unknown.length === 0
}

export function checkNumber(
  value: unknown,
  path: string,
  report: Report,
  { min = 0, max = Number.POSITIVE_INFINITY, integer = false } = {},
): boolean {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value))
  const range = max === Number.POSITIVE_INFINITY ? `>= ${min}` : `between ${min} and ${max}`
  if (!ok)
    report(path, `must be ${integer ? 'an integer' : 'a number'} ${range}, got ${show(value)}`)
  return ok
}

export function checkBoolean(value: unknown, path: string, report: Report): boolean {
  if (typeof value !== 'boolean') report(path, `must be true or false, got ${show(value)}`)
  return typeof value === 'boolean'
}

/** One non-empty string, or a non-empty array of them. */
export function checkStrings(value: unknown, path: string, report: Report): boolean {
  const ok = Array.isArray(value)
    ? value.length > 0 && value.every(isNonEmptyString)
    : isNonEmptyString(value)
  if (!ok) report(path, `must be a non-empty string or array of strings, got ${show(value)}`)
  return ok
}

export function checkOneOf(
  value: unknown,
  options: readonly string[],
  path: string,
  report: Report,
): boolean {
  const ok = typeof value === 'string' && options.includes(value)
  if (!ok)
    report(path, `must be one of ${options.map((o) => `"${o}"`).join(', ')}, got ${show(value)}`)
  return ok
}

/**
 * http(s) or a site-relative path. Never `javascript:` or `data:`: the URL ends up in an
 * href in the host page.
 */
export function checkUrl(value: unknown, path: string, report: Report): boolean {
  let ok = false
  if (typeof value === 'string') {
    if (value.startsWith('/') && !value.startsWith('//')) ok = true
    else {
      try {
        ok = ['http:', 'https:'].includes(new URL(value).protocol)
      } catch {
        ok = false
      }
    }
  }
  if (!ok) report(path, `must be an http(s) URL or a path starting with "/", got ${show(value)}`)
  return ok
}
