import type { InjectOptions } from 'fastify'
import { describe, expect, it } from 'vitest'
import { addAgent, handoffServer, login } from '../test/handoff.ts'

// A server with two sites (`demo` and `blog`): the admin API lists them and keeps each
// site's settings apart; agents get the ids and names to label conversations with.

async function twoSites() {
  const server = await handoffServer()
  await server.store.createSite({ id: 'blog', name: 'Lan Blog' })
  await addAgent(server.store, { email: 'boss@shop.vn', role: 'admin' })
  await addAgent(server.store, { email: 'lan@shop.vn' })
  const call = async (
    who: string | null,
    method: 'GET' | 'PUT',
    url: string,
    payload?: unknown,
  ) => {
    const s = who === null ? undefined : await login(server.app, who)
    const options: InjectOptions = {
      method,
      url: `/api/v1${url}`,
      headers: s === undefined ? {} : { cookie: s.cookie, 'x-chao-csrf': s.csrf },
      ...(payload === undefined ? {} : { payload: payload as object }),
    }
    return server.app.inject(options)
  }
  const config = async (site: string) =>
    (await server.app.inject(`/api/v1/config?site=${site}`)).json()
  return { ...server, call, config }
}

describe('the sites of a server', () => {
  it('are listed for admins, oldest first, with when they were made', async () => {
    const { call } = await twoSites()
    const response = await call('boss@shop.vn', 'GET', '/admin/sites')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      sites: [
        { id: 'demo', name: 'Chao Shop', createdAt: expect.stringMatching(/^\d{4}-/) },
        { id: 'blog', name: 'Lan Blog', createdAt: expect.stringMatching(/^\d{4}-/) },
      ],
    })
  })

  it('are named to every agent (ids and names only); the admin list is for admins', async () => {
    const { call } = await twoSites()
    expect((await call('lan@shop.vn', 'GET', '/admin/sites')).statusCode).toBe(403)
    expect((await call(null, 'GET', '/admin/sites')).statusCode).toBe(401)
    expect((await call(null, 'GET', '/agent/sites')).statusCode).toBe(401)
    const response = await call('lan@shop.vn', 'GET', '/agent/sites')
    expect(response.json()).toEqual({
      sites: [
        { id: 'demo', name: 'Chao Shop' },
        { id: 'blog', name: 'Lan Blog' },
      ],
    })
  })

  it("keep their settings apart: saving blog's survey and rules leaves demo as it was", async () => {
    const { call, config } = await twoSites()
    const rule = { id: 'hi', conditions: { timeOnPage: 5 }, message: { text: 'Hi reader' } }
    const before = await config('demo')
    expect(
      (
        await call('boss@shop.vn', 'PUT', '/admin/sites/blog/survey', {
          survey: { csat: false, nps: true },
        })
      ).statusCode,
    ).toBe(200)
    expect(
      (
        await call('boss@shop.vn', 'PUT', '/admin/sites/blog/proactive', {
          rules: [rule],
        })
      ).statusCode,
    ).toBe(200)

    expect(await config('blog')).toMatchObject({
      survey: { csat: false, nps: true },
      proactive: [rule],
    })
    const after = await config('demo')
    expect(after.survey).toBeUndefined()
    expect(after.proactive).toEqual(before.proactive)
    expect((await call('boss@shop.vn', 'GET', '/admin/sites/blog/proactive')).json()).toEqual({
      rules: [rule],
    })
    expect((await call('boss@shop.vn', 'GET', '/admin/sites/demo/survey')).json()).toEqual({
      survey: null,
    })
  })

  it("reads a site's rules for admins only, and only sites that exist", async () => {
    const { call } = await twoSites()
    expect((await call('boss@shop.vn', 'GET', '/admin/sites/blog/proactive')).json()).toEqual({
      rules: [],
    })
    expect((await call('lan@shop.vn', 'GET', '/admin/sites/blog/proactive')).statusCode).toBe(403)
    const missing = await call('boss@shop.vn', 'GET', '/admin/sites/nope/proactive')
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toMatchObject({ error: 'unknown_site' })
  })
})
