import { isAbsolute, resolve } from 'node:path'

// Parsers for the server's environment variables, one per kind of value. Each takes the
// trimmed value (undefined when unset or empty), returns it parsed or a fallback, and on bad
// input pushes to `issues` a message naming the variable and what to write instead, so that
// `loadConfig` reports every bad variable at once.

/** Log levels understood by Fastify's logger (pino). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Accepted upload types unless CHAO_UPLOAD_TYPES says otherwise: images, PDF, plain text. */
export const DEFAULT_UPLOAD_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
] as const
export const DEFAULT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on'])
const FALSE_WORDS = new Set(['false', '0', 'no', 'off'])

export function parsePort(value: string | undefined, issues: string[]): number {
  if (value === undefined) return 3000
  const port = Number(value)
  if (/^\d+$/.test(value) && port <= 65535) return port
  issues.push(`PORT must be a whole number from 0 to 65535 (got "${value}"). Unset it to use 3000.`)
  return 3000
}

export function parseDatabase(value: string | undefined, cwd: string): string {
  if (value === undefined) return resolve(cwd, 'data/chao.db')
  if (value === ':memory:' || isAbsolute(value)) return value
  return resolve(cwd, value)
}

export function parsePublicUrl(value: string | undefined, issues: string[]): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    issues.push(
      `CHAO_PUBLIC_URL must be an absolute URL such as https://chat.example.com (got "${value}").`,
    )
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    issues.push(`CHAO_PUBLIC_URL must start with http:// or https:// (got "${value}").`)
    return undefined
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    issues.push(
      `CHAO_PUBLIC_URL must not contain credentials, a query or a fragment (got "${value}").`,
    )
    return undefined
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

export function parseBoolean(
  name: string,
  value: string | undefined,
  fallback: boolean,
  issues: string[],
): boolean {
  if (value === undefined) return fallback
  const word = value.toLowerCase()
  if (TRUE_WORDS.has(word)) return true
  if (FALSE_WORDS.has(word)) return false
  issues.push(`${name} must be true or false (got "${value}").`)
  return fallback
}

export function parseLogLevel(value: string | undefined, issues: string[]): LogLevel {
  if (value === undefined) return 'info'
  const level = LOG_LEVELS.find((candidate) => candidate === value.toLowerCase())
  if (level !== undefined) return level
  issues.push(`CHAO_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}").`)
  return 'info'
}

export function parseSecret(
  name: string,
  value: string | undefined,
  issues: string[],
): string | undefined {
  if (value === undefined || value.length >= 16) return value
  issues.push(
    `${name} must be at least 16 characters (got ${value.length}). ` +
      'Generate one with: node -e "console.log(crypto.randomBytes(32).toString(\'base64url\'))"',
  )
  return undefined
}

/** A whole number of at least `min`; else the issue says so, naming `what` it counts. */
function parseWhole(
  name: string,
  value: string | undefined,
  fallback: number,
  issues: string[],
  min: number,
  what: string,
): number {
  if (value === undefined) return fallback
  if (/^\d+$/.test(value) && Number(value) >= min) return Number(value)
  issues.push(`${name} must be a whole number${what}, at least ${min} (got "${value}").`)
  return fallback
}

export const parseDuration = (
  name: string,
  value: string | undefined,
  fallback: number,
  issues: string[],
): number => parseWhole(name, value, fallback, issues, 100, ' of milliseconds')

export function parseSmtpUrl(value: string | undefined, issues: string[]): string | undefined {
  if (value === undefined) return undefined
  if (/^smtps?:\/\/[^\s]+$/.test(value)) return value
  issues.push(
    `CHAO_SMTP_URL must look like smtp://user:pass@host:587 or smtps://… (got "${value}").`,
  )
  return undefined
}

export function parseBytes(value: string | undefined, issues: string[]): number {
  if (value === undefined) return DEFAULT_UPLOAD_MAX_BYTES
  const bytes = Number(value)
  // The protocol's attachment size limit is the ceiling (25 MB).
  if (/^\d+$/.test(value) && bytes >= 1 && bytes <= 25 * 1024 * 1024) return bytes
  issues.push(
    `CHAO_UPLOAD_MAX_BYTES must be a whole number of bytes from 1 to 26214400 (got "${value}").`,
  )
  return DEFAULT_UPLOAD_MAX_BYTES
}

export const parseCount = (
  name: string,
  value: string | undefined,
  fallback: number,
  issues: string[],
): number => parseWhole(name, value, fallback, issues, 1, '')

export function parseProxies(value: string | undefined, issues: string[]): readonly string[] {
  if (value === undefined) return []
  const proxies = value.split(',').map((proxy) => proxy.trim())
  const ok = /^(?:loopback|linklocal|uniquelocal|[0-9a-f.:]+(?:\/\d{1,3})?)$/i
  const bad = proxies.filter((proxy) => !ok.test(proxy))
  if (bad.length === 0) return proxies
  issues.push(
    `CHAO_TRUST_PROXY must list your reverse proxies' addresses or ranges, e.g. 10.0.0.5 or 10.0.0.0/8,loopback (bad: ${bad.map((b) => `"${b}"`).join(', ')}).`,
  )
  return []
}

export function parseTypes(value: string | undefined, issues: string[]): readonly string[] {
  if (value === undefined) return DEFAULT_UPLOAD_TYPES
  const types = value.split(',').map((type) => type.trim().toLowerCase())
  const bad = types.filter((type) => !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type))
  if (bad.length === 0) return types
  issues.push(
    `CHAO_UPLOAD_TYPES must be MIME types separated by commas, e.g. image/png,application/pdf (bad: ${bad.map((b) => `"${b}"`).join(', ')}).`,
  )
  return DEFAULT_UPLOAD_TYPES
}
