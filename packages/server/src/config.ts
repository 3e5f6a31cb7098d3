import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Log levels understood by Fastify's logger (pino). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** The server's settings, resolved and validated. Paths are absolute. */
export interface ServerConfig {
  /** TCP port; 0 asks the OS for a free one. */
  port: number
  /** Interface to listen on. `localhost` listens on both 127.0.0.1 and ::1. */
  host: string
  /** Absolute path of the SQLite file, or `:memory:`. */
  database: string
  /** Origin (and optional path) the server is reached at from browsers, without trailing slash. */
  publicUrl: string | undefined
  /** Serve the demo shop at `/`. */
  demo: boolean
  widgetDir: string
  consoleDir: string
  demoDir: string
  logLevel: LogLevel
  /** CHAO_SECRET: signs visitor tokens. Unset: a random one kept in the database. */
  secret?: string | undefined
  /** CHAO_AGENT_TOKEN: service token for integrations on /agent (agents log in instead). */
  agentToken?: string | undefined
  /** CHAO_AGENT_GRACE_MS: an agent gone this long loses their chats to the queue. */
  agentGraceMs?: number
  /** CHAO_MAIL_BATCH_MS: replies to a visitor who left are mailed together after this long. */
  mailBatchMs?: number
  /** CHAO_SMTP_URL: nodemailer connection URL; unset, no mail is sent. */
  smtpUrl?: string | undefined
  /** CHAO_SMTP_FROM: the From of mails. */
  smtpFrom?: string
  /** CHAO_IDENTITY_SECRET: verifies identified visitors (HMAC of their user id). */
  identitySecret?: string | undefined
  /** CHAO_IDENTITY_REQUIRED: refuse identify frames that do not verify. */
  identityRequired?: boolean
  /** CHAO_UPLOAD_DIR: where uploaded files are kept; default `uploads/` beside the database. */
  uploadDir?: string
  /** CHAO_UPLOAD_MAX_BYTES: the largest file accepted. */
  uploadMaxBytes?: number
  /** CHAO_UPLOAD_TYPES: the MIME types accepted (comma-separated in the variable). */
  uploadTypes?: readonly string[]
  /** CHAO_UPLOAD_RATE: uploads per visitor or agent per 10 minutes (5× per address). */
  uploadRate?: number
  /** CHAO_UPLOAD_SITE_MAX_BYTES: storage all of a site's uploads may take. */
  uploadSiteMaxBytes?: number
  /** CHAO_UPLOAD_UNATTACHED_MS: uploads no message or ticket refers to are deleted after this. */
  uploadUnattachedMs?: number
  /**
   * CHAO_TRUST_PROXY: the reverse proxies in front of the server (addresses, CIDR ranges or
   * `loopback`, `uniquelocal`…); requests from them give the client address (rate limits,
   * login throttling) in `X-Forwarded-For`. Empty list: none trusted.
   */
  trustProxy?: readonly string[]
  /** Tests only: the uploads' clock (rate windows, file ages). */
  uploadClock?: () => number
}

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

/** Raised by `loadConfig`; `issues` lists every bad variable, the message joins them. */
export class ConfigError extends Error {
  readonly issues: readonly string[]

  constructor(issues: readonly string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`)
    this.name = 'ConfigError'
    this.issues = issues
  }
}

// src/ in development, dist/ once built: the package root is one level up from either.
const packageRoot = fileURLToPath(new URL('..', import.meta.url))

/** Defaults for the directories, relative to this package so they work from any cwd. */
export const DEFAULT_DIRS = {
  widgetDir: resolve(packageRoot, '../widget/dist/cdn'),
  consoleDir: resolve(packageRoot, '../console/dist'),
  demoDir: resolve(packageRoot, 'demo'),
} as const

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on'])
const FALSE_WORDS = new Set(['false', '0', 'no', 'off'])

/**
 * Reads the configuration from environment variables (documented in docs/server.md and the
 * package README). Empty variables count as unset. Relative paths resolve against `cwd`.
 * Throws a `ConfigError` naming every invalid variable and how to fix it.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): ServerConfig {
  const issues: string[] = []
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim()
    return value === undefined || value === '' ? undefined : value
  }
  const path = (name: string, fallback: string): string => {
    const value = read(name)
    return value === undefined ? fallback : resolve(cwd, value)
  }

  const config: ServerConfig = {
    port: parsePort(read('PORT'), issues),
    host: read('HOST') ?? 'localhost',
    database: parseDatabase(read('CHAO_DATABASE'), cwd),
    publicUrl: parsePublicUrl(read('CHAO_PUBLIC_URL'), issues),
    demo: parseBoolean('CHAO_DEMO', read('CHAO_DEMO'), true, issues),
    widgetDir: path('CHAO_WIDGET_DIR', DEFAULT_DIRS.widgetDir),
    consoleDir: path('CHAO_CONSOLE_DIR', DEFAULT_DIRS.consoleDir),
    demoDir: path('CHAO_DEMO_DIR', DEFAULT_DIRS.demoDir),
    logLevel: parseLogLevel(read('CHAO_LOG_LEVEL'), issues),
    secret: parseSecret('CHAO_SECRET', read('CHAO_SECRET'), issues),
    agentToken: parseSecret('CHAO_AGENT_TOKEN', read('CHAO_AGENT_TOKEN'), issues),
    agentGraceMs: parseDuration('CHAO_AGENT_GRACE_MS', read('CHAO_AGENT_GRACE_MS'), 60_000, issues),
    mailBatchMs: parseDuration('CHAO_MAIL_BATCH_MS', read('CHAO_MAIL_BATCH_MS'), 120_000, issues),
    smtpUrl: parseSmtpUrl(read('CHAO_SMTP_URL'), issues),
    smtpFrom: read('CHAO_SMTP_FROM') ?? 'Chao <no-reply@localhost>',
    identitySecret: parseSecret('CHAO_IDENTITY_SECRET', read('CHAO_IDENTITY_SECRET'), issues),
    identityRequired: parseBoolean(
      'CHAO_IDENTITY_REQUIRED',
      read('CHAO_IDENTITY_REQUIRED'),
      false,
      issues,
    ),
  }
  const database = config.database
  config.uploadDir = path(
    'CHAO_UPLOAD_DIR',
    database === ':memory:' ? resolve(cwd, 'data/uploads') : resolve(database, '../uploads'),
  )
  config.uploadMaxBytes = parseBytes(read('CHAO_UPLOAD_MAX_BYTES'), issues)
  config.uploadTypes = parseTypes(read('CHAO_UPLOAD_TYPES'), issues)
  config.trustProxy = parseProxies(read('CHAO_TRUST_PROXY'), issues)
  config.uploadRate = parseCount('CHAO_UPLOAD_RATE', read('CHAO_UPLOAD_RATE'), 20, issues)
  config.uploadSiteMaxBytes = parseCount(
    'CHAO_UPLOAD_SITE_MAX_BYTES',
    read('CHAO_UPLOAD_SITE_MAX_BYTES'),
    1024 ** 3,
    issues,
  )
  config.uploadUnattachedMs = parseDuration(
    'CHAO_UPLOAD_UNATTACHED_MS',
    read('CHAO_UPLOAD_UNATTACHED_MS'),
    24 * 60 * 60 * 1000,
    issues,
  )
  if (config.identityRequired && config.identitySecret === undefined) {
    issues.push(
      'CHAO_IDENTITY_REQUIRED=true needs CHAO_IDENTITY_SECRET, the secret your backend signs user ids with.',
    )
  }
  if (issues.length > 0) throw new ConfigError(issues)
  return config
}

function parsePort(value: string | undefined, issues: string[]): number {
  if (value === undefined) return 3000
  const port = Number(value)
  if (/^\d+$/.test(value) && port <= 65535) return port
  issues.push(`PORT must be a whole number from 0 to 65535 (got "${value}"). Unset it to use 3000.`)
  return 3000
}

function parseDatabase(value: string | undefined, cwd: string): string {
  if (value === undefined) return resolve(cwd, 'data/chao.db')
  if (value === ':memory:' || isAbsolute(value)) return value
  return resolve(cwd, value)
}

function parsePublicUrl(value: string | undefined, issues: string[]): string | undefined {
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

function parseBoolean(
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

function parseLogLevel(value: string | undefined, issues: string[]): LogLevel {
  if (value === undefined) return 'info'
  const level = LOG_LEVELS.find((candidate) => candidate === value.toLowerCase())
  if (level !== undefined) return level
  issues.push(`CHAO_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}").`)
  return 'info'
}

function parseSecret(
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

function parseDuration(
  name: string,
  value: string | undefined,
  fallback: number,
  issues: string[],
): number {
  if (value === undefined) return fallback
  if (/^\d+$/.test(value) && Number(value) >= 100) return Number(value)
  issues.push(`${name} must be a whole number of milliseconds, at least 100 (got "${value}").`)
  return fallback
}

function parseSmtpUrl(value: string | undefined, issues: string[]): string | undefined {
  if (value === undefined) return undefined
  if (/^smtps?:\/\/[^\s]+$/.test(value)) return value
  issues.push(
    `CHAO_SMTP_URL must look like smtp://user:pass@host:587 or smtps://… (got "${value}").`,
  )
  return undefined
}

function parseBytes(value: string | undefined, issues: string[]): number {
  if (value === undefined) return DEFAULT_UPLOAD_MAX_BYTES
  const bytes = Number(value)
  // The protocol's attachment size limit is the ceiling (25 MB).
  if (/^\d+$/.test(value) && bytes >= 1 && bytes <= 25 * 1024 * 1024) return bytes
  issues.push(
    `CHAO_UPLOAD_MAX_BYTES must be a whole number of bytes from 1 to 26214400 (got "${value}").`,
  )
  return DEFAULT_UPLOAD_MAX_BYTES
}

function parseCount(
  name: string,
  value: string | undefined,
  fallback: number,
  issues: string[],
): number {
  if (value === undefined) return fallback
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value)
  issues.push(`${name} must be a whole number, at least 1 (got "${value}").`)
  return fallback
}

function parseProxies(value: string | undefined, issues: string[]): readonly string[] {
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

function parseTypes(value: string | undefined, issues: string[]): readonly string[] {
  if (value === undefined) return DEFAULT_UPLOAD_TYPES
  const types = value.split(',').map((type) => type.trim().toLowerCase())
  const bad = types.filter((type) => !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type))
  if (bad.length === 0) return types
  issues.push(
    `CHAO_UPLOAD_TYPES must be MIME types separated by commas, e.g. image/png,application/pdf (bad: ${bad.map((b) => `"${b}"`).join(', ')}).`,
  )
  return DEFAULT_UPLOAD_TYPES
}
