import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fastifyCookie from '@fastify/cookie'
import Fastify, { type FastifyInstance } from 'fastify'
import { seedDemoAgent } from './auth/accounts.ts'
import { DEFAULT_UPLOAD_MAX_BYTES, DEFAULT_UPLOAD_TYPES, type ServerConfig } from './config.ts'
import { createSqliteStore } from './db/sqlite-store.ts'
import type { Store } from './db/store.ts'
import { installErrorHandlers } from './http/errors.ts'
import { QuietLogController } from './http/log-controller.ts'
import { installSecurityHeaders } from './http/security-headers.ts'
import { directoryExists } from './http/static-dir.ts'
import { createMailer } from './mail/mailer.ts'
import { installRealtime } from './realtime/index.ts'
import { adminApiRoutes } from './routes/admin-api.ts'
import { agentApiRoutes } from './routes/agent-api.ts'
import { agentAuthRoutes } from './routes/agent-auth.ts'
import { cannedApiRoutes } from './routes/canned-api.ts'
import { consoleRoutes } from './routes/console.ts'
import { demoRoutes } from './routes/demo.ts'
import { healthRoutes } from './routes/health.ts'
import { reportRoutes } from './routes/reports.ts'
import { apiRoutes } from './routes/site-config.ts'
import { widgetRoutes } from './routes/widget.ts'
import { widgetEventRoutes } from './routes/widget-events.ts'
import { readVersion } from './version.ts'

export interface CreateServerOptions {
  /** Where log lines go (one JSON object per line); stdout by default. Tests capture them. */
  logStream?: { write(line: string): void }
}

/**
 * Builds the Fastify app without listening, so tests can use `app.inject`.
 * Without a `store`, opens the SQLite database from `config.database` and closes it with
 * the app; a store passed in belongs to the caller.
 */
export async function createServer(
  config: ServerConfig,
  store?: Store,
  options: CreateServerOptions = {},
): Promise<FastifyInstance> {
  const ownStore = store === undefined
  const db = store ?? createSqliteStore({ path: config.database })
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(options.logStream === undefined ? {} : { stream: options.logStream }),
    },
    logController: new QuietLogController(),
    // X-Forwarded-For is believed only from the proxies CHAO_TRUST_PROXY lists: from anyone
    // else it would let a client claim any address (and dodge the per-address limits).
    ...(config.trustProxy?.length ? { trustProxy: config.trustProxy.join(',') } : {}),
  })
  if (ownStore) app.addHook('onClose', () => db.close())
  try {
    await registerAll(app, config, db)
  } catch (error) {
    await app.close()
    throw error
  }
  return app
}

async function registerAll(app: FastifyInstance, config: ServerConfig, db: Store): Promise<void> {
  installSecurityHeaders(app)
  installErrorHandlers(app)
  warnAboutMissingBuilds(app, config)

  const version = readVersion()
  await app.register(healthRoutes, { store: db, version })
  await app.register(apiRoutes, { prefix: '/api/v1', store: db })
  await app.register(widgetEventRoutes, { prefix: '/api/v1', store: db })
  await app.register(fastifyCookie)
  const mailer = createMailer(config.smtpUrl, config.smtpFrom ?? 'Chao <no-reply@localhost>')
  app.addHook('onClose', async () => mailer.close())
  const router = await installRealtime(app, {
    store: db,
    secret: config.secret,
    agentToken: config.agentToken,
    publicUrl: config.publicUrl,
    mailer,
    identity: { secret: config.identitySecret, required: config.identityRequired ?? false },
    graceMs: config.agentGraceMs ?? 60_000,
    mailBatchMs: config.mailBatchMs ?? 120_000,
    uploads: {
      // loadConfig always sets it; a config built by hand on `:memory:` gets a temp folder.
      dir:
        config.uploadDir ??
        (config.database === ':memory:'
          ? join(tmpdir(), 'chao-uploads')
          : join(dirname(config.database), 'uploads')),
      maxBytes: config.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES,
      types: config.uploadTypes ?? DEFAULT_UPLOAD_TYPES,
      ...(config.uploadRate ? { rate: config.uploadRate } : {}),
      ...(config.uploadSiteMaxBytes ? { siteMaxBytes: config.uploadSiteMaxBytes } : {}),
      ...(config.uploadUnattachedMs ? { unattachedMs: config.uploadUnattachedMs } : {}),
      ...(config.uploadClock ? { clock: config.uploadClock } : {}),
    },
  })
  const secure = config.publicUrl?.startsWith('https:') ?? false
  await app.register(agentAuthRoutes, { prefix: '/api/v1/agent', store: db, secure })
  await app.register(agentApiRoutes, { prefix: '/api/v1/agent', store: db, router })
  await app.register(cannedApiRoutes, { prefix: '/api/v1/agent', store: db })
  await app.register(adminApiRoutes, { prefix: '/api/v1/admin', store: db })
  await app.register(reportRoutes, { prefix: '/api/v1/reports', store: db })
  if (config.demo) await seedDemoAgent(db)
  await app.register(widgetRoutes, { prefix: '/widget', dir: config.widgetDir })
  await app.register(consoleRoutes, { prefix: '/console', dir: config.consoleDir })
  if (config.demo) {
    await app.register(demoRoutes, { dir: config.demoDir, publicUrl: config.publicUrl })
  } else {
    app.get('/', async () => ({
      name: 'Chao server',
      version,
      console: '/console',
      health: '/healthz',
    }))
  }
}

function warnAboutMissingBuilds(app: FastifyInstance, config: ServerConfig): void {
  const missing = [
    ['CHAO_WIDGET_DIR', config.widgetDir, 'The widget'],
    ['CHAO_CONSOLE_DIR', config.consoleDir, 'The agent console'],
  ] as const
  for (const [variable, dir, what] of missing) {
    if (!directoryExists(dir, variable)) {
      app.log.warn(
        `${what} is not built (no ${dir}), so its URLs answer 404. ` +
          `Run \`pnpm build\` at the repository root, or set ${variable}.`,
      )
    }
  }
  if (config.demo && !directoryExists(config.demoDir, 'CHAO_DEMO_DIR')) {
    app.log.warn(`The demo site directory ${config.demoDir} does not exist. Set CHAO_DEMO_DIR.`)
  }
}
