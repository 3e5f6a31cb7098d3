import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliIo } from '../test/cli-io.ts'
import { readVersion } from '../version.ts'
import { runCli } from './run-cli.ts'

const io = cliIo

describe('runCli', () => {
  it('prints help with every environment variable', async () => {
    const { io: cli, out } = io()
    expect(await runCli(['--help'], cli)).toEqual({ exitCode: 0 })
    for (const name of ['PORT', 'HOST', 'CHAO_DATABASE', 'CHAO_PUBLIC_URL', 'CHAO_DEMO']) {
      expect(out.join('')).toContain(name)
    }
  })

  it('prints the version', async () => {
    const { io: cli, out } = io()
    expect(await runCli(['--version'], cli)).toEqual({ exitCode: 0 })
    expect(out.join('')).toBe(`${readVersion()}\n`)
  })

  it('rejects an unknown command and stray arguments', async () => {
    const unknown = io()
    expect(await runCli(['stop'], unknown.io)).toEqual({ exitCode: 2 })
    expect(unknown.err.join('')).toMatch(/unknown command "stop"/)
    const stray = io()
    expect(await runCli(['start', '--port=8080'], stray.io)).toEqual({ exitCode: 2 })
    expect(stray.err.join('')).toMatch(/PORT=8080 chao start/)
  })

  it('prints one clear error and exits 1 on a bad config', async () => {
    const { io: cli, err } = io({ PORT: 'eighty' })
    expect(await runCli(['start'], cli)).toEqual({ exitCode: 1 })
    expect(err.join('')).toBe(
      'chao: Invalid configuration:\n' +
        '  - PORT must be a whole number from 0 to 65535 (got "eighty"). Unset it to use 3000.\n',
    )
  })

  it('starts a server, prints where everything is, and stops', async () => {
    const { io: cli, out } = io({ PORT: '0', CHAO_DEMO: 'false' })
    const result = await runCli(['start'], cli)
    if (!('server' in result)) throw new Error(`start failed: ${JSON.stringify(result)}`)
    const { server } = result
    try {
      const health = await fetch(`${server.listenUrl}/healthz`)
      expect(await health.json()).toMatchObject({ status: 'ok', db: 'ok' })
      const banner = out.join('')
      expect(banner).toContain(`Chao server listening on ${server.listenUrl}\n`)
      expect(banner).toContain(`  Health:        ${server.listenUrl}/healthz\n`)
      expect(banner).toContain(`  Database:      ${join(cli.cwd, 'data/chao.db')}`)
    } finally {
      await server.close()
    }
  })

  it('explains a port that is already taken', async () => {
    const first = io({ PORT: '0', CHAO_DATABASE: ':memory:' })
    const result = await runCli(['start'], first.io)
    if (!('server' in result)) throw new Error('first server did not start')
    try {
      const port = new URL(result.server.listenUrl).port
      const second = io({ PORT: port, CHAO_DATABASE: ':memory:' })
      expect(await runCli(['start'], second.io)).toEqual({ exitCode: 1 })
      expect(second.err.join('')).toMatch(`Port ${port} is already in use`)
    } finally {
      await result.server.close()
    }
  })
})
