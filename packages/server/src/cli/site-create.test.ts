import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServer } from '../app.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { cliIo } from '../test/cli-io.ts'
import { tempDir, testConfig } from '../test/fixtures.ts'
import { runCli } from './run-cli.ts'

describe('chao site create', () => {
  it('adds a site that the config endpoint then serves, once', async () => {
    const database = join(tempDir(), 'chao.db')
    const cli = cliIo({ CHAO_DATABASE: database })
    const args = ['site', 'create', '--id', 'shop-2', '--name', 'Shop Two']
    expect(await runCli(args, cli.io)).toEqual({ exitCode: 0 })
    expect(cli.out.join('')).toBe(
      'Created site Shop Two (id shop-2). Embed it with data-site="shop-2".\n',
    )
    const store = createSqliteStore({ path: database })
    expect(await store.getSite('shop-2')).toMatchObject({ name: 'Shop Two', settings: {} })
    const app = await createServer(testConfig(), store)
    const response = await app.inject({ method: 'GET', url: '/api/v1/config?site=shop-2' })
    expect(response.json().site).toEqual({ id: 'shop-2', name: 'Shop Two' })
    await app.close()
    await store.close()

    const again = cliIo({ CHAO_DATABASE: database })
    expect(await runCli(args, again.io)).toEqual({ exitCode: 1 })
    expect(again.err.join('')).toBe('chao site create: a site "shop-2" already exists.\n')
  })

  it('says what is wrong: a missing name, a bad id, an unknown subcommand', async () => {
    const env = { CHAO_DATABASE: join(tempDir(), 'chao.db') }
    const noName = cliIo(env)
    expect(await runCli(['site', 'create', '--id', 'a'], noName.io)).toEqual({ exitCode: 2 })
    expect(noName.err.join('')).toMatch(/--id and --name are required/)
    const badId = cliIo(env)
    expect(await runCli(['site', 'create', '--id', 'my shop', '--name', 'A'], badId.io)).toEqual({
      exitCode: 2,
    })
    expect(badId.err.join('')).toMatch(/--id "my shop" is not a site id: .*e\.g\. shop-2/)
    const other = cliIo(env)
    expect(await runCli(['site', 'delete'], other.io)).toEqual({ exitCode: 2 })
    expect(other.err.join('')).toMatch(/^Usage: chao site create/)
  })
})
