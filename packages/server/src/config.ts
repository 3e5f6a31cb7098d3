import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type LogLevel,
  parseBoolean,
  parseBytes,
  parseCount,
  parseDatabase,
  parseDuration,
  parseLogLevel,
  parsePort,
  parseProxies,
  parsePublicUrl,
  parseSecret,
  parseSmtpUrl,
  parseTypes,
} from './config-env.ts'

export {
  DEFAULT_UPLOAD_MAX_BYTES,
  DEFAULT_UPLOAD_TYPES,
  LOG_LEVELS,
  type LogLevel,
} from './config-env.ts'

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
