import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, waitUntilHealthy } from '../support.ts'

export const PASSWORD = 'e2e-agent-password'
export const ADMIN = { email: 'admin@e2e.chao', name: 'Admin' }

export interface AgentSpec {
  email: string
  name: string
  maxChats?: number
  departments?: string[]
}

/**
 * A reference server for one handoff spec, in its own process on its own port (3340–3359;
 * 3450–3459 for the widget-driven ones) and database, with a short agent grace period;
 * `CHAO_SMTP_URL` when a sink is given.
 * `chao agent create` makes the admin; departments and agents go through the admin API.
 */
export class HandoffServer {
  readonly url: string
  private child: ChildProcess | undefined
  private readonly database = join(mkdtempSync(join(tmpdir(), 'chao-handoff-e2e-')), 'chao.db')

  constructor(
    readonly port: number,
    private readonly env: Record<string, string> = {},
  ) {
    this.url = `http://127.0.0.1:${port}`
  }

  private get fullEnv() {
    return {
      ...process.env,
      PORT: String(this.port),
      HOST: '127.0.0.1',
      CHAO_DATABASE: this.database,
      CHAO_DEMO: 'false',
      CHAO_LOG_LEVEL: 'warn',
      CHAO_AGENT_GRACE_MS: '1500',
      ...this.env,
    }
  }

  async start(): Promise<void> {
    const created = spawnSync(
      process.execPath,
      [
        'packages/server/dist/cli.js',
        'agent',
        'create',
        '--admin',
        '--email',
        ADMIN.email,
        '--name',
        ADMIN.name,
      ],
      { cwd: repoRoot, env: { ...this.fullEnv, CHAO_AGENT_PASSWORD: PASSWORD }, encoding: 'utf8' },
    )
    if (created.status !== 0) throw new Error(`chao agent create failed: ${created.stderr}`)
    const child = spawn(process.execPath, ['packages/server/dist/cli.js', 'start'], {
      cwd: repoRoot,
      env: this.fullEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    this.child = child
    await waitUntilHealthy(child, this.url)
  }

  /** Calls the admin API as the admin (login, then the request with the CSRF header). */
  async admin(path: string, body: unknown): Promise<unknown> {
    const login = await fetch(`${this.url}/api/v1/agent/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: PASSWORD }),
    })
    const cookie = String(login.headers.get('set-cookie')).split(';')[0] as string
    const { csrf } = (await login.json()) as { csrf: string }
    const response = await fetch(`${this.url}/api/v1/admin${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-chao-csrf': csrf },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`admin ${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }

  department(id: string, name: string, hours?: unknown) {
    return this.admin('/departments', { id, name, ...(hours === undefined ? {} : { hours }) })
  }

  agent(spec: AgentSpec) {
    return this.admin('/agents', { ...spec, password: PASSWORD })
  }

  async stop(): Promise<void> {
    const child = this.child
    if (child === undefined || child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
}
