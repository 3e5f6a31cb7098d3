import { ServerProcess as BaseServer } from '../server-process.ts'

export const AGENT_TOKEN = 'e2e-agent-token-0123456789'

/**
 * A reference server in its own process, on its own port and database, that a test can
 * kill (SIGKILL: no clean shutdown) and start again on the same database.
 */
export class ServerProcess extends BaseServer {
  constructor(port: number) {
    super(port, { CHAO_AGENT_TOKEN: AGENT_TOKEN })
  }
}
