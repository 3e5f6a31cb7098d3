import { describe, expect, it } from 'vitest'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { addAgent, agentProbe, handoffServer, login } from '../test/handoff.ts'
import { teamStatus } from './team-status.ts'

// Monday 2026-03-02 10:00 and 22:00 in Ho Chi Minh City (UTC+7).
const MONDAY_10 = Date.UTC(2026, 2, 2, 3, 0)
const MONDAY_22 = Date.UTC(2026, 2, 2, 15, 0)
const OFFICE = {
  timeZone: 'Asia/Ho_Chi_Minh',
  days: { mon: [['08:00', '17:00']] as [string, string][] },
}

describe('teamStatus', () => {
  it('is within business hours while some department is open (none: always)', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    expect(await teamStatus(store, MONDAY_22)).toEqual({ businessHours: true, agentsOnline: 0 })
    await store.createDepartment({ id: 'sales', name: 'Sales', hours: OFFICE })
    expect((await teamStatus(store, MONDAY_10)).businessHours).toBe(true)
    expect((await teamStatus(store, MONDAY_22)).businessHours).toBe(false)
    // A department without hours is always open.
    await store.createDepartment({ id: 'support', name: 'Support' })
    expect((await teamStatus(store, MONDAY_22)).businessHours).toBe(true)
    await store.close()
  })

  it('comes with GET /api/v1/config, counting agents online with a console', async () => {
    const { app, store, origin } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn' })
    const config = async () => (await app.inject('/api/v1/config')).json().team
    expect(await config()).toEqual({ businessHours: true, agentsOnline: 0 })
    await agentProbe(origin, (await login(app, 'lan@shop.vn')).cookie)
    expect(await config()).toEqual({ businessHours: true, agentsOnline: 1 })
  })
})
