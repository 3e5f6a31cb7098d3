import { ServerProcess } from '../server-process.ts'

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
export class HandoffServer extends ServerProcess {
  constructor(port: number, env: Record<string, string> = {}) {
    super(port, { CHAO_AGENT_GRACE_MS: '1500', ...env })
  }

  override async start(): Promise<void> {
    const admin = ['agent', 'create', '--admin', '--email', ADMIN.email, '--name', ADMIN.name]
    this.cli(admin, { CHAO_AGENT_PASSWORD: PASSWORD })
    await super.start()
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
}
