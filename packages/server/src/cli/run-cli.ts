import type { CreateServerOptions } from '../app.ts'
import { ConfigError, loadConfig } from '../config.ts'
import { type RunningServer, startServer } from '../start.ts'
import { readVersion } from '../version.ts'
import { runAgent } from './agent-create.ts'
import { formatBanner } from './banner.ts'
import { runFaq } from './faq-build.ts'
import { HELP } from './help.ts'
import { runSeed } from './seed.ts'
import { runSite } from './site-create.ts'

export interface CliIo {
  env: NodeJS.ProcessEnv
  cwd: string
  out(text: string): void
  err(text: string): void
  /** Passed to the server; tests capture the log here. */
  logStream?: CreateServerOptions['logStream']
}

/** Either the command finished with an exit code, or a server is now running. */
export type CliResult = { exitCode: number } | { server: RunningServer }

/** Runs `chao <argv>`. Never exits the process itself: the entry point decides. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliResult> {
  const [command, ...rest] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(HELP)
    return { exitCode: command === undefined ? 2 : 0 }
  }
  if (command === '-v' || command === '--version') {
    io.out(`${readVersion()}\n`)
    return { exitCode: 0 }
  }
  if (command === 'faq') return runFaq(rest, io)
  if (command === 'agent') return runAgent(rest, io)
  if (command === 'seed') return runSeed(rest, io)
  if (command === 'site') return runSite(rest, io)
  if (command !== 'start') {
    io.err(`chao: unknown command "${command}". Run \`chao --help\` for the commands.\n`)
    return { exitCode: 2 }
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.out(HELP)
    return { exitCode: 0 }
  }
  if (rest.length > 0) {
    io.err(
      `chao start: unexpected argument "${rest[0]}". Settings come from environment ` +
        'variables, e.g. PORT=8080 chao start. Run `chao --help` for the list.\n',
    )
    return { exitCode: 2 }
  }
  return start(io)
}

async function start(io: CliIo): Promise<CliResult> {
  try {
    const config = loadConfig(io.env, io.cwd)
    const options = io.logStream === undefined ? {} : { logStream: io.logStream }
    const server = await startServer(config, options)
    io.out(`${formatBanner({ ...server, config })}\n`)
    return { server }
  } catch (error) {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : error
    io.err(`chao: ${message}\n`)
    return { exitCode: 1 }
  }
}
