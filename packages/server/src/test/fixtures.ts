import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach } from 'vitest'
import { createServer } from '../app.ts'
import type { ServerConfig } from '../config.ts'
import type { Store } from '../db/store.ts'

const cleanups: (() => void | Promise<void>)[] = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A directory removed after the current test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chao-server-test-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Writes `files` (path → content) under a fresh temp directory and returns it. */
export function tempFiles(files: Record<string, string>): string {
  const dir = tempDir()
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
  }
  return dir
}

/** A config with an in-memory database, silent logs, and directories that do not exist. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const missing = join(tmpdir(), 'chao-server-test-missing')
  return {
    port: 0,
    host: 'localhost',
    database: ':memory:',
    publicUrl: undefined,
    demo: false,
    widgetDir: join(missing, 'widget'),
    consoleDir: join(missing, 'console'),
    demoDir: join(missing, 'demo'),
    logLevel: 'silent',
    ...overrides,
  }
}

/** Builds an app closed after the current test. */
export async function testApp(overrides: Partial<ServerConfig> = {}, store?: Store) {
  const app = await createServer(testConfig(overrides), store)
  cleanups.push(() => app.close())
  return app
}
