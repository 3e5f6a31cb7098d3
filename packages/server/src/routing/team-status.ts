import type { Store } from '../db/store.ts'
import { isOpen } from './business-hours.ts'

/** What proactive rules' `businessHours` and `agentsOnline` conditions read (GET /api/v1/config). */
export interface TeamStatus {
  /** Some department is open now (one without hours always is); true with no departments. */
  businessHours: boolean
  /** Agents online with a console connected, whatever their department. */
  agentsOnline: number
}

/** The team's status at `now`, as routing sees it (router.ts refuses a handoff on the same data). */
export async function teamStatus(store: Store, now: number): Promise<TeamStatus> {
  const departments = await store.listDepartments()
  return {
    businessHours: departments.length === 0 || departments.some((d) => isOpen(d.hours, now)),
    agentsOnline: await store.availableAgents(undefined),
  }
}
