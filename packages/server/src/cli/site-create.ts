import { parseArgs } from 'node:util'
import { loadConfig } from '../config.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { SITE_ID } from '../db/store.ts'
import type { CliIo } from './run-cli.ts'

const USAGE =
  'Usage: chao site create --id <id> --name <name>\n' +
  '  Adds a site to CHAO_DATABASE. Its widgets set data-site="<id>" (see docs/server.md).\n'

/** `chao site create …`: one more site on this server, next to the built-in `demo`. */
export async function runSite(argv: readonly string[], io: CliIo): Promise<{ exitCode: number }> {
  const [sub, ...rest] = argv
  if (sub !== 'create' || rest.includes('--help') || rest.includes('-h')) {
    ;(sub === 'create' ? io.out : io.err)(USAGE)
    return { exitCode: sub === 'create' ? 0 : 2 }
  }
  let values: { id?: string | undefined; name?: string | undefined }
  try {
    ;({ values } = parseArgs({
      args: [...rest],
      options: { id: { type: 'string' }, name: { type: 'string' } },
    }))
  } catch (error) {
    io.err(`chao site create: ${(error as Error).message}\n${USAGE}`)
    return { exitCode: 2 }
  }
  const { id } = values
  const name = values.name?.trim()
  if (id === undefined || !name) {
    io.err(`chao site create: --id and --name are required.\n${USAGE}`)
    return { exitCode: 2 }
  }
  if (!SITE_ID.test(id)) {
    io.err(
      `chao site create: --id "${id}" is not a site id: 1–64 letters, digits, "-" or "_", ` +
        'starting with a letter or digit, e.g. shop-2.\n',
    )
    return { exitCode: 2 }
  }
  if (name.length > 200) {
    io.err('chao site create: --name is at most 200 characters.\n')
    return { exitCode: 2 }
  }
  let store: ReturnType<typeof createSqliteStore> | undefined
  try {
    store = createSqliteStore({ path: loadConfig(io.env, io.cwd).database })
    const site = await store.createSite({ id, name })
    if (site === undefined) {
      io.err(`chao site create: a site "${id}" already exists.\n`)
      return { exitCode: 1 }
    }
    io.out(`Created site ${site.name} (id ${site.id}). Embed it with data-site="${site.id}".\n`)
    return { exitCode: 0 }
  } catch (error) {
    io.err(`chao site create: ${error instanceof Error ? error.message : String(error)}\n`)
    return { exitCode: 1 }
  } finally {
    await store?.close()
  }
}
