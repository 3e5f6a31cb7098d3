import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyPassword } from '../auth/password.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { cliIo } from '../test/cli-io.ts'
import { tempDir } from '../test/fixtures.ts'
import { runCli } from './run-cli.ts'

const io = cliIo

describe('chao agent create', () => {
  it('creates an admin with a hashed password from CHAO_AGENT_PASSWORD', async () => {
    const database = join(tempDir(), 'chao.db')
    const cli = io({ CHAO_DATABASE: database, CHAO_AGENT_PASSWORD: 'a long passphrase' })
    const args = ['agent', 'create', '--admin', '--email', 'lan@shop.vn', '--name', 'Lan']
    expect(await runCli(args, cli.io)).toEqual({ exitCode: 0 })
    expect(cli.out.join('')).toMatch(/Created admin Lan <lan@shop.vn>/)
    const store = createSqliteStore({ path: database })
    const agent = await store.findAgentByEmail('lan@shop.vn')
    await store.close()
    expect(agent).toMatchObject({ role: 'admin', name: 'Lan' })
    expect(agent?.passwordHash).toMatch(/^scrypt\$/)
    expect(await verifyPassword('a long passphrase', agent?.passwordHash as string)).toBe(true)

    const again = io({ CHAO_DATABASE: database, CHAO_AGENT_PASSWORD: 'a long passphrase' })
    expect(await runCli(args, again.io)).toEqual({ exitCode: 1 })
    expect(again.err.join('')).toMatch(/already exists/)
  })

  it('says what is missing: the password, the email, a long enough password', async () => {
    const database = join(tempDir(), 'chao.db')
    const noPassword = io({ CHAO_DATABASE: database })
    expect(
      await runCli(['agent', 'create', '--email', 'a@b.vn', '--name', 'A'], noPassword.io),
    ).toEqual({
      exitCode: 2,
    })
    expect(noPassword.err.join('')).toMatch(/CHAO_AGENT_PASSWORD/)
    const noEmail = io({ CHAO_DATABASE: database, CHAO_AGENT_PASSWORD: 'a long passphrase' })
    expect(await runCli(['agent', 'create', '--name', 'A'], noEmail.io)).toEqual({ exitCode: 2 })
    const short = io({ CHAO_DATABASE: database, CHAO_AGENT_PASSWORD: 'short' })
    expect(await runCli(['agent', 'create', '--email', 'a@b.vn', '--name', 'A'], short.io)).toEqual(
      {
        exitCode: 1,
      },
    )
    expect(short.err.join('')).toMatch(/at least 10 characters/)
  })
})

describe('the demo agent', () => {
  it('is seeded with the demo and can log in with the printed password', async () => {
    const { createServer } = await import('../app.ts')
    const { testConfig } = await import('../test/fixtures.ts')
    const app = await createServer(testConfig({ demo: true }))
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/agent/login',
      payload: { email: 'agent@demo.chao', password: 'chao-demo-password' },
    })
    await app.close()
    expect(login.statusCode).toBe(200)
    expect(login.json()).toMatchObject({ agent: { role: 'admin' } })
  })
})
