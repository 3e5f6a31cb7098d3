import { closeConsoles } from './console.ts'
import type { HandoffServer } from './server.ts'
import { closeVisitors } from './widget-visitor.ts'

/** After a spec's tests: its visitors' pages and agents' consoles close, then its server stops. */
export async function closeAll(server: HandoffServer): Promise<void> {
  await closeVisitors()
  await closeConsoles()
  await server.stop()
}
