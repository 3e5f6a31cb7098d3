import { parseArgs } from 'node:util'
import { AccountError, createAccount } from '../auth/accounts.ts'
import { loadConfig } from '../config.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import type { CliIo } from './run-cli.ts'

const USAGE =
  'Usage: chao agent create --email <email> --name <name> [--admin] [--max-chats N] [--departments a,b]\n' +
  '  The password is read from CHAO_AGENT_PASSWORD, or from standard input with --password-stdin.\n'

/** `chao agent create …`: the first admin, or any agent, straight into CHAO_DATABASE. */
export async function runAgent(
  argv: readonly string[],
  io: CliIo & { stdin?: () => Promise<string> },
): Promise<{ exitCode: number }> {
  const [sub, ...rest] = argv
  if (sub !== 'create' || rest.includes('--help') || rest.includes('-h')) {
    ;(sub === 'create' ? io.out : io.err)(USAGE)
    return { exitCode: sub === 'create' ? 0 : 2 }
  }
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({
      args: [...rest],
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        admin: { type: 'boolean' },
        'max-chats': { type: 'string' },
        departments: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
    }))
  } catch (error) {
    io.err(`chao agent create: ${(error as Error).message}\n${USAGE}`)
    return { exitCode: 2 }
  }
  const { email, name } = values
  if (typeof email !== 'string' || typeof name !== 'string') {
    io.err(`chao agent create: --email and --name are required.\n${USAGE}`)
    return { exitCode: 2 }
  }
  const password =
    values['password-stdin'] === true && io.stdin !== undefined
      ? (await io.stdin()).replace(/\r?\n$/, '')
      : io.env.CHAO_AGENT_PASSWORD
  if (password === undefined || password === '') {
    io.err(
      'chao agent create: set CHAO_AGENT_PASSWORD (or pass --password-stdin) to give the password.\n',
    )
    return { exitCode: 2 }
  }
  const maxChats = values['max-chats'] === undefined ? undefined : Number(values['max-chats'])
  if (maxChats !== undefined && !(Number.isInteger(maxChats) && maxChats >= 0)) {
    io.err('chao agent create: --max-chats must be a whole number.\n')
    return { exitCode: 2 }
  }
  let store: ReturnType<typeof createSqliteStore> | undefined
  try {
    store = createSqliteStore({ path: loadConfig(io.env, io.cwd).database })
    const agent = await createAccount(store, {
      email,
      name,
      password,
      role: values.admin === true ? 'admin' : 'agent',
      ...(maxChats === undefined ? {} : { maxChats }),
      ...(typeof values.departments === 'string'
        ? { departments: values.departments.split(',').filter(Boolean) }
        : {}),
    })
    io.out(`Created ${agent.role} ${agent.name} <${agent.email}> (id ${agent.id}).\n`)
    return { exitCode: 0 }
  } catch (error) {
    const message =
      error instanceof AccountError || error instanceof Error ? error.message : String(error)
    io.err(`chao agent create: ${message}\n`)
    return { exitCode: 1 }
  } finally {
    await store?.close()
  }
}
