import { describe, expect, it } from 'vitest'
import { addAgent, handoffServer, login } from '../test/handoff.ts'

async function admin() {
  const server = await handoffServer()
  await addAgent(server.store, { email: 'boss@shop.vn', role: 'admin' })
  await addAgent(server.store, { email: 'lan@shop.vn' })
  const call = async (method: 'GET' | 'PUT', who: string, survey?: unknown, site = 'demo') => {
    const s = await login(server.app, who)
    return server.app.inject({
      method,
      url: `/api/v1/admin/sites/${site}/survey`,
      headers: { cookie: s.cookie, 'x-chao-csrf': s.csrf },
      ...(method === 'PUT' ? { payload: { survey } } : {}),
    })
  }
  return { ...server, call }
}

describe('the post-chat survey in the site configuration', () => {
  it('is saved by an admin, checked, and served to the widget with the site config', async () => {
    const { app, call } = await admin()
    expect((await call('GET', 'boss@shop.vn')).json()).toEqual({ survey: null })
    const survey = {
      csat: true,
      nps: true,
      questions: { vi: { csat: ' Shop Lan hỗ trợ thế nào? ' }, en: { nps: 'Recommend us?' } },
    }
    const saved = await call('PUT', 'boss@shop.vn', survey)
    expect(saved.statusCode).toBe(200)
    const expected = {
      csat: true,
      nps: true,
      questions: { vi: { csat: 'Shop Lan hỗ trợ thế nào?' }, en: { nps: 'Recommend us?' } },
    }
    expect(saved.json()).toEqual({ survey: expected })
    expect((await call('GET', 'boss@shop.vn')).json()).toEqual({ survey: expected })
    expect((await app.inject('/api/v1/config?site=demo')).json().survey).toEqual(expected)
    expect((await call('PUT', 'boss@shop.vn', null)).json()).toEqual({ survey: null })
    expect((await app.inject('/api/v1/config?site=demo')).json().survey).toBeUndefined()
  })

  it('is refused whole, naming every problem, and the saved one stays', async () => {
    const { app, call } = await admin()
    await call('PUT', 'boss@shop.vn', { nps: true })
    const response = await call('PUT', 'boss@shop.vn', { nps: 'yes', questions: { fr: {} } })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ error: 'invalid_survey' })
    expect(response.json().problems).toHaveLength(2)
    expect((await app.inject('/api/v1/config?site=demo')).json().survey).toEqual({ nps: true })
  })

  it('is for admins only, and for sites that exist', async () => {
    const { call } = await admin()
    expect((await call('PUT', 'lan@shop.vn', { nps: true })).statusCode).toBe(403)
    expect((await call('GET', 'lan@shop.vn')).statusCode).toBe(403)
    expect((await call('PUT', 'boss@shop.vn', { nps: true }, 'nope')).statusCode).toBe(404)
    expect((await call('GET', 'boss@shop.vn', undefined, 'nope')).statusCode).toBe(404)
  })
})
