import type { ServerFrame } from '@chao/protocol'
import type { FastifyBaseLogger } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import { createAccount } from '../auth/accounts.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import type { Store } from '../db/store.ts'
import { createRouter } from './router.ts'

// The router on a fake clock, without sockets: what two nodes sharing one database see.
const silent = { info() {}, error() {}, warn() {} } as unknown as FastifyBaseLogger
let store: Store
afterEach(() => store.close())

function setup() {
  store = createSqliteStore({ path: ':memory:' })
  const frames: { rooms: string[]; frame: ServerFrame }[] = []
  const clock = { t: 1_000_000 }
  const router = createRouter({
    store,
    hub: { publish: (rooms, frame) => frames.push({ rooms, frame }) },
    log: silent,
    graceMs: 1000,
    staleMs: 5000,
    now: () => clock.t,
  })
  const agent = (email: string) =>
    createAccount(store, { email, name: email.slice(0, 1), password: 'long-password-1' })
  const visitor = async () => (await store.createVisitor('demo')).id
  return { router, frames, clock, agent, visitor }
}

describe('presence and the queue', () => {
  it('re-queues the chats of an agent whose node died, once its connection goes stale', async () => {
    const { router, clock, agent, visitor } = setup()
    const a = await agent('a@x.vn')
    await router.setStatus(a, 'online')
    await router.connected(a, 'socket-on-dead-node')
    const v = await visitor()
    await router.handoff('demo', v, { type: 'handoff:request' })
    const chat = await store.findOpenConversation(v)
    expect(chat?.state).toBe('assigned')
    // The node dies: nobody refreshes its connection row. Another node sweeps.
    clock.t += 4000
    await router.sweep()
    expect((await store.getConversation(chat?.id as string))?.state).toBe('assigned')
    clock.t += 2000 // stale now: the agent counts as disconnected from this moment
    await router.sweep()
    expect((await store.getConversation(chat?.id as string))?.state).toBe('assigned')
    clock.t += 1001 // past the grace period
    await router.sweep()
    expect((await store.getConversation(chat?.id as string))?.state).toBe('queued')
  })

  it('keeps refreshed connections, and gives no new chat to an agent who is away', async () => {
    const { router, clock, agent, visitor } = setup()
    const a = await agent('a@x.vn')
    await router.connected(a, 's1')
    await router.setStatus(a, 'away')
    const v = await visitor()
    const answer = await router.handoff('demo', v, { type: 'handoff:request' })
    expect(answer).toEqual([{ type: 'handoff:unavailable', reason: 'no_agent_online' }])
    clock.t += 10_000
    await router.sweep(['s1'])
    await router.setStatus(a, 'online')
    expect(await router.handoff('demo', v, { type: 'handoff:request' })).toEqual([])
    expect((await store.findOpenConversation(v))?.state).toBe('assigned')
  })

  it('sends queued visitors their position and an ETA from recent waits', async () => {
    const { router, frames, clock, visitor } = setup()
    const a = await createAccount(store, {
      email: 'a@x.vn',
      name: 'A',
      password: 'long-password-1',
      maxChats: 1,
    })
    await router.connected(a, 's1')
    await router.setStatus(a, 'online')
    const first = await visitor()
    await router.handoff('demo', first, { type: 'handoff:request' })
    const second = await visitor()
    await router.handoff('demo', second, { type: 'handoff:request' })
    clock.t += 90_000 // the second waits 90 s, then a chat ends
    await router.end((await store.findOpenConversation(first))?.id as string, a)
    expect((await store.findOpenConversation(second))?.state).toBe('assigned')
    const third = await visitor()
    const fourth = await visitor()
    await router.handoff('demo', third, { type: 'handoff:request' })
    clock.t += 1 // the queue is ordered by arrival
    await router.handoff('demo', fourth, { type: 'handoff:request' })
    const positions = frames
      .filter((f) => f.rooms[0] === `visitor:${fourth}` && f.frame.type === 'queue:position')
      .map((f) => f.frame)
    // Waits so far: 0 s (first) and 90 s (second): 45 s on average, per place in line.
    expect(positions.at(-1)).toMatchObject({ position: 1, etaSeconds: 90 })
  })
})
