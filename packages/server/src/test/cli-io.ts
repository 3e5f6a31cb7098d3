import type { CliIo } from '../cli/run-cli.ts'
import { tempDir } from './fixtures.ts'

/** A CLI context for tests: captured output, a temp working directory, quiet logs. */
export function cliIo(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  const cwd = tempDir()
  const io: CliIo = {
    env: { CHAO_LOG_LEVEL: 'silent', ...env },
    cwd,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  }
  return { io, out, err, cwd }
}
