import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, waitUntilHealthy } from '../support.ts'

export const AGENT_TOKEN = 'e2e-agent-token-0123456789'

/**
 * A reference server in its own process, on its own port and database, that a test can
 * kill (SIGKILL: no clean shutdown) and start again on the same database.
 */
export class ServerProcess {
  readonly url: string
  private child: ChildProcess | undefined
  private readonly database = join(mkdtempSync(join(tmpdir(), 'chao-connector-e2e-')), 'chao.db')

  constructor(readonly port: number) {
    this.url = `http://127.0.0.1:${port}`
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['packages/server/dist/cli.js', 'start'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        CHAO_DATABASE: this.database,
        CHAO_DEMO: 'false',
        CHAO_LOG_LEVEL: 'warn',
        CHAO_AGENT_TOKEN: AGENT_TOKEN,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    this.child = child
    await waitUntilHealthy(child, this.url)
  }

  /** Kills the process without letting it close anything, and waits for it to be gone. */
  async kill(): Promise<void> {
    const child = this.child
    if (child === undefined || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
    this.child = undefined
  }
}
