import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, waitUntilHealthy } from './support.ts'

const CLI = join('packages', 'server', 'dist', 'cli.js')

/**
 * The built reference server in its own process, on its own port and a database of its
 * own (kept across restarts), for specs that need more than the shared webServer: to kill
 * and restart it, seed it, or configure it. Each spec owns a port range (see the specs).
 */
export class ServerProcess {
  readonly url: string
  readonly database = join(mkdtempSync(join(tmpdir(), 'chao-e2e-')), 'chao.db')
  private child: ChildProcess | undefined

  constructor(
    readonly port: number,
    private readonly env: Record<string, string> = {},
  ) {
    this.url = `http://127.0.0.1:${port}`
  }

  protected get processEnv(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      CHAO_DATABASE: this.database,
      CHAO_DEMO: 'false',
      CHAO_LOG_LEVEL: 'warn',
      ...this.env,
    }
  }

  /** Runs `chao <args>` on this server's database; throws with its stderr when it fails. */
  cli(args: string[], env: Record<string, string> = {}): string {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      cwd: repoRoot,
      env: { ...this.processEnv, ...env },
      encoding: 'utf8',
    })
    if (run.status !== 0) throw new Error(`chao ${args.join(' ')} failed: ${run.stderr}`)
    return run.stdout
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [CLI, 'start'], {
      cwd: repoRoot,
      env: this.processEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    this.child = child
    await waitUntilHealthy(child, this.url)
  }

  /** A clean shutdown (SIGTERM). */
  stop(): Promise<void> {
    return this.end('SIGTERM')
  }

  /** Kills the process without letting it close anything (SIGKILL). */
  kill(): Promise<void> {
    return this.end('SIGKILL')
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child
    if (child === undefined || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill(signal)
    await exited
    this.child = undefined
  }
}
