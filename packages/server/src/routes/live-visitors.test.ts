import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { socketioAdapter } from '@chao/connector/socketio'
import { Probe } from '@chao/connector/testing'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createServer } from '../app.ts'
import { createSqliteStore } from '../db/sqlite-store.ts'
import { testConfig } from '../test/fixtures.ts'
import { addAgent, agentProbe, handoffServer, login, visitorProbe } from '../test/handoff.ts'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A server with a second site, `blog` (no API creates sites yet: written in the database). */
async function twoSites() {
  const dir = mkdtempSync(join(tmpdir(), 'chao-live-'))
  const path = join(dir, 'chao.db')
  const store = createSqliteStore({ path })
  const app = await createServer(testConfig({ agentGraceMs: 60_000 }), store)
  await app.listen({ port: 0, host: '127.0.0.1' })
  cleanups.push(async () => {
    await app.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const db = new Database(path)
  db.prepare(
    "INSERT INTO sites (id, name, config, created_at) VALUES ('blog', 'Blog', '{}', ?)",
  ).run(new Date().toISOString())
  db.close()
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  return { app, store, origin }
}

const visitorOf = async (origin: string, site: string) => {
  const adapter = socketioAdapter({ url: origin, socket: { transports: ['websocket'] } })
  const opened = await Probe.open(adapter, site)
  cleanups.push(() => opened.probe.close())
  return opened
}

async function setup() {
  const { app, store, origin } = await handoffServer()
  await addAgent(store, { email: 'lan@shop.vn' })
  const { cookie } = await login(app, 'lan@shop.vn')
  const agent = await agentProbe(origin, cookie)
  const live = async (query = '') => {
    const response = await app.inject({ url: `/api/v1/visitors/live${query}`, headers: { cookie } })
    return { status: response.statusCode, body: response.json() }
  }
  return { origin, agent, live }
}

const changed = (f: { type: string }) => f.type === 'visitors:changed'

describe('live visitors', () => {
  it('lists a visitor once however many connections share their token, on every site', async () => {
    const { origin, agent, live } = await setup()
    // The presence connection first, then the live chat's, saying hello with the same token.
    const presence = await visitorProbe(origin)
    await presence.probe.send({ type: 'page:view', url: 'https://shop.example/a', title: 'A' })
    await agent.next(changed)
    const adapter = socketioAdapter({ url: origin, socket: { transports: ['websocket'] } })
    const chat = await Probe.open(adapter, 'demo', { token: presence.welcome.token })
    expect(chat.welcome.visitorId).toBe(presence.welcome.visitorId)
    await chat.probe.send({ type: 'page:view', url: 'https://shop.example/b', title: 'B' })
    expect(await agent.next(changed)).toMatchObject({ siteId: 'demo' })

    const { status, body } = await live()
    expect(status).toBe(200)
    expect(body.visitors).toEqual([
      expect.objectContaining({
        visitorId: presence.welcome.visitorId,
        siteId: 'demo',
        url: 'https://shop.example/b',
      }),
    ])
    expect((await live('?site=demo')).body).toEqual(body)
    expect((await live('?site=elsewhere')).body).toEqual({ visitors: [] })
    expect((await live('?site=no%20such!')).status).toBe(400)

    // Leaving is pushed too; once both connections are gone the list is empty.
    await chat.probe.close()
    await agent.next(changed)
    await presence.probe.close()
    await agent.next(changed)
    expect((await live()).body).toEqual({ visitors: [] })
  })

  it("covers every site, whichever site the agent's hello named", async () => {
    const { app, store, origin } = await twoSites()
    await addAgent(store, { email: 'lan@shop.vn' })
    await addAgent(store, { email: 'hoa@shop.vn' })
    const lan = await login(app, 'lan@shop.vn')
    const agent = await agentProbe(origin, lan.cookie)
    const shop = await visitorOf(origin, 'demo')
    await shop.probe.send({ type: 'page:view', url: 'https://shop.example/', title: 'Shop' })
    expect(await agent.next(changed)).toMatchObject({ siteId: 'demo' })
    const blog = await visitorOf(origin, 'blog')
    await blog.probe.send({ type: 'page:view', url: 'https://blog.example/', title: 'Blog' })
    expect(await agent.next(changed)).toMatchObject({ siteId: 'blog' })

    const live = async (query: string) =>
      (
        await app.inject({ url: `/api/v1/visitors/live${query}`, headers: { cookie: lan.cookie } })
      ).json() as { visitors: { visitorId: string; siteId: string }[] }
    const sites = (body: { visitors: { siteId: string }[] }) => body.visitors.map((v) => v.siteId)
    expect(sites(await live('')).sort()).toEqual(['blog', 'demo'])
    expect(sites(await live('?site=blog'))).toEqual(['blog'])

    // A chat on the blog reaches an agent whose console said hello as `demo`.
    await blog.probe.send({ type: 'handoff:request' })
    const opened = await blog.probe.next((f) => f.type === 'conversation:state')
    const hoa = await agentProbe(origin, (await login(app, 'hoa@shop.vn')).cookie)
    expect(
      await hoa.next(
        (f) =>
          f.type === 'conversation:state' &&
          f.conversationId === (opened as { conversationId: string }).conversationId,
      ),
    ).toBeTruthy()
  })
})
