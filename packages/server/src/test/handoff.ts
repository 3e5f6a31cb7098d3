import type { AddressInfo } from 'node:net'
import { socketioAdapter } from '@chao/connector/socketio'
import { Probe } from '@chao/connector/testing'
import type { ServerFrame } from '@chao/protocol'
import type { FastifyInstance } from 'fastify'
import { afterEach } from 'vitest'
import { createServer } from '../app.ts'
import { type AccountInput, createAccount } from '../auth/accounts.ts'
import type { ServerConfig } from '../config.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import type { Store } from '../db/store.ts'
import { testConfig } from './fixtures.ts'

const open: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of open.splice(0).reverse()) await close()
})

export const PASSWORD = 'correct-horse-battery'

/** A listening server on an in-memory database, closed after the test. */
export async function handoffServer(overrides: Partial<ServerConfig> = {}) {
  const store = createSqliteStore({ path: ':memory:' })
  const app = await createServer(testConfig({ agentGraceMs: 60_000, ...overrides }), store)
  await app.listen({ port: 0, host: '127.0.0.1' })
  open.push(async () => {
    await app.close()
    await store.close()
  })
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  return { app, store, origin }
}

/** The http origin a listening app is at. */
export const originOf = (app: FastifyInstance) =>
  `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`

export async function addAgent(store: Store, input: Partial<AccountInput> & { email: string }) {
  return createAccount(store, {
    name: input.email.split('@')[0] ?? 'x',
    password: PASSWORD,
    ...input,
  })
}

/** Logs in over HTTP; the cookie header to send and the CSRF token. */
export async function login(app: FastifyInstance, email: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/agent/login',
    payload: { email, password: PASSWORD },
  })
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`)
  const cookie = String(response.headers['set-cookie']).split(';')[0] as string
  return { cookie, csrf: (response.json() as { csrf: string }).csrf }
}

/** A console connection of a logged-in agent, set online. */
export async function agentProbe(
  origin: string,
  cookie: string,
  status: 'online' | 'away' = 'online',
) {
  const adapter = socketioAdapter({
    url: origin,
    namespace: '/agent',
    socket: { transports: ['websocket'], extraHeaders: { cookie } },
  })
  const { probe } = await Probe.open(adapter, 'demo')
  open.push(() => probe.close())
  await probe.send({ type: 'agent:status', status })
  await probe.next((f) => f.type === 'agent:status' && f.status === status)
  return probe
}

export async function visitorProbe(origin: string) {
  const adapter = socketioAdapter({ url: origin, socket: { transports: ['websocket'] } })
  const opened = await Probe.open(adapter, 'demo')
  open.push(() => opened.probe.close())
  return opened
}

export const stateOf =
  (state: string, conversationId?: string) =>
  (f: ServerFrame): boolean =>
    f.type === 'conversation:state' &&
    f.state === state &&
    (conversationId === undefined || f.conversationId === conversationId)
