export { type CreateServerOptions, createServer } from './app.ts'
export {
  ConfigError,
  DEFAULT_DIRS,
  LOG_LEVELS,
  type LogLevel,
  loadConfig,
  type ServerConfig,
} from './config.ts'
export { createSqliteStore, type SqliteStoreOptions } from './db/sqlite-store.ts'
export type { LocalizedText, SiteRecord, SiteSettings, Store } from './db/store.ts'
export type { HealthResponse } from './routes/health.ts'
export type { SiteConfigResponse } from './routes/site-config.ts'
export { type RunningServer, startServer } from './start.ts'
