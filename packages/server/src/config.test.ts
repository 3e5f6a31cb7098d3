import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ConfigError,
  DEFAULT_DIRS,
  DEFAULT_UPLOAD_MAX_BYTES,
  DEFAULT_UPLOAD_TYPES,
  loadConfig,
} from './config.ts'

const cwd = '/srv/chao'

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, cwd)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({}, cwd)).toEqual({
      port: 3000,
      host: 'localhost',
      database: '/srv/chao/data/chao.db',
      publicUrl: undefined,
      demo: true,
      widgetDir: DEFAULT_DIRS.widgetDir,
      consoleDir: DEFAULT_DIRS.consoleDir,
      demoDir: DEFAULT_DIRS.demoDir,
      logLevel: 'info',
      agentGraceMs: 60_000,
      mailBatchMs: 120_000,
      smtpFrom: 'Chao <no-reply@localhost>',
      identityRequired: false,
      uploadDir: '/srv/chao/data/uploads',
      uploadMaxBytes: DEFAULT_UPLOAD_MAX_BYTES,
      uploadTypes: DEFAULT_UPLOAD_TYPES,
      uploadRate: 20,
      uploadSiteMaxBytes: 1024 ** 3,
      uploadUnattachedMs: 86_400_000,
      trustProxy: [],
    })
  })

  it('finds the default directories next to this package, whatever the cwd', () => {
    const packages = join(import.meta.dirname, '../..')
    expect(DEFAULT_DIRS).toEqual({
      widgetDir: join(packages, 'widget/dist/cdn'),
      consoleDir: join(packages, 'console/dist'),
      demoDir: join(packages, 'server/demo'),
    })
  })

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        CHAO_DATABASE: 'db/chat.sqlite',
        CHAO_PUBLIC_URL: 'https://chat.example.com/',
        CHAO_DEMO: 'false',
        CHAO_WIDGET_DIR: 'w',
        CHAO_CONSOLE_DIR: '/opt/console',
        CHAO_DEMO_DIR: './demo',
        CHAO_LOG_LEVEL: 'DEBUG',
      },
      cwd,
    )
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      database: '/srv/chao/db/chat.sqlite',
      publicUrl: 'https://chat.example.com',
      demo: false,
      widgetDir: '/srv/chao/w',
      consoleDir: '/opt/console',
      demoDir: '/srv/chao/demo',
      logLevel: 'debug',
      agentGraceMs: 60_000,
      mailBatchMs: 120_000,
      smtpFrom: 'Chao <no-reply@localhost>',
      identityRequired: false,
      uploadDir: '/srv/chao/db/uploads',
      uploadMaxBytes: DEFAULT_UPLOAD_MAX_BYTES,
      uploadTypes: DEFAULT_UPLOAD_TYPES,
      uploadRate: 20,
      uploadSiteMaxBytes: 1024 ** 3,
      uploadUnattachedMs: 86_400_000,
      trustProxy: [],
    })
  })

  it('reads the upload settings and refuses bad ones', () => {
    expect(
      loadConfig(
        {
          CHAO_UPLOAD_DIR: 'files',
          CHAO_UPLOAD_MAX_BYTES: '2048',
          CHAO_UPLOAD_TYPES: 'image/png, Application/PDF',
          CHAO_UPLOAD_RATE: '5',
          CHAO_UPLOAD_SITE_MAX_BYTES: '1000000',
          CHAO_UPLOAD_UNATTACHED_MS: '3600000',
        },
        cwd,
      ),
    ).toMatchObject({
      uploadDir: '/srv/chao/files',
      uploadMaxBytes: 2048,
      uploadTypes: ['image/png', 'application/pdf'],
      uploadRate: 5,
      uploadSiteMaxBytes: 1_000_000,
      uploadUnattachedMs: 3_600_000,
    })
    expect(() =>
      loadConfig({ CHAO_UPLOAD_MAX_BYTES: '30000000', CHAO_UPLOAD_TYPES: 'png, text/<b>' }, cwd),
    ).toThrow(/CHAO_UPLOAD_MAX_BYTES[\s\S]*CHAO_UPLOAD_TYPES[\s\S]*"png", "text\/<b>"/)
    expect(() =>
      loadConfig({ CHAO_UPLOAD_RATE: '0', CHAO_UPLOAD_SITE_MAX_BYTES: 'lots' }, cwd),
    ).toThrow(/CHAO_UPLOAD_RATE must be a whole number[\s\S]*CHAO_UPLOAD_SITE_MAX_BYTES/)
    expect(loadConfig({ CHAO_TRUST_PROXY: '10.0.0.0/8, loopback' }, cwd).trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
    ])
    expect(() => loadConfig({ CHAO_TRUST_PROXY: 'yes' }, cwd)).toThrow(/CHAO_TRUST_PROXY/)
  })

  it('reads the handoff settings and refuses bad ones', () => {
    const config = loadConfig(
      {
        CHAO_AGENT_GRACE_MS: '1500',
        CHAO_SMTP_URL: 'smtp://127.0.0.1:2525',
        CHAO_IDENTITY_SECRET: 'identity-secret-0123456789',
        CHAO_IDENTITY_REQUIRED: 'yes',
      },
      cwd,
    )
    expect(config).toMatchObject({
      agentGraceMs: 1500,
      smtpUrl: 'smtp://127.0.0.1:2525',
      identityRequired: true,
    })
    expect(() =>
      loadConfig({ CHAO_AGENT_GRACE_MS: 'soon', CHAO_IDENTITY_REQUIRED: 'true' }, cwd),
    ).toThrow(/CHAO_AGENT_GRACE_MS[\s\S]*CHAO_IDENTITY_SECRET/)
  })

  it('keeps :memory: and absolute database paths as they are', () => {
    expect(loadConfig({ CHAO_DATABASE: ':memory:' }, cwd).database).toBe(':memory:')
    expect(loadConfig({ CHAO_DATABASE: '/var/chao.db' }, cwd).database).toBe('/var/chao.db')
  })

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', CHAO_DEMO: ' ', CHAO_PUBLIC_URL: '' }, cwd)).toMatchObject({
      port: 3000,
      demo: true,
      publicUrl: undefined,
    })
  })

  it('accepts the usual spellings of booleans', () => {
    for (const yes of ['true', 'TRUE', '1', 'yes', 'on']) {
      expect(loadConfig({ CHAO_DEMO: yes }, cwd).demo).toBe(true)
    }
    for (const no of ['false', '0', 'no', 'Off']) {
      expect(loadConfig({ CHAO_DEMO: no }, cwd).demo).toBe(false)
    }
  })

  it('keeps a path prefix of the public URL', () => {
    expect(loadConfig({ CHAO_PUBLIC_URL: 'http://example.com/chat/' }, cwd).publicUrl).toBe(
      'http://example.com/chat',
    )
  })

  it('rejects a bad port with the reason and the default', () => {
    for (const port of ['abc', '-1', '65536', '80.5', '3e3']) {
      const error = configError({ PORT: port })
      expect(error.issues).toEqual([
        `PORT must be a whole number from 0 to 65535 (got "${port}"). Unset it to use 3000.`,
      ])
    }
  })

  it('rejects a public URL that is not an absolute http(s) URL', () => {
    expect(configError({ CHAO_PUBLIC_URL: 'chat.example.com' }).issues[0]).toMatch(
      /CHAO_PUBLIC_URL must be an absolute URL/,
    )
    expect(configError({ CHAO_PUBLIC_URL: 'ftp://example.com' }).issues[0]).toMatch(
      /must start with http:\/\/ or https:\/\//,
    )
    expect(configError({ CHAO_PUBLIC_URL: 'https://example.com/?a=1' }).issues[0]).toMatch(
      /must not contain credentials, a query or a fragment/,
    )
  })

  it('lists every invalid variable in one error', () => {
    const error = configError({ PORT: 'x', CHAO_DEMO: 'maybe', CHAO_LOG_LEVEL: 'loud' })
    expect(error.issues).toHaveLength(3)
    expect(error.message).toBe(
      [
        'Invalid configuration:',
        '  - PORT must be a whole number from 0 to 65535 (got "x"). Unset it to use 3000.',
        '  - CHAO_DEMO must be true or false (got "maybe").',
        '  - CHAO_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud").',
      ].join('\n'),
    )
  })
})
