import { describe, expect, it } from 'vitest'
import { addAgent, handoffServer, login } from '../test/handoff.ts'

async function admin() {
  const server = await handoffServer()
  await addAgent(server.store, { email: 'boss@shop.vn', role: 'admin' })
  await addAgent(server.store, { email: 'lan@shop.vn' })
  const call = async (method: 'GET' | 'PUT', who: string, leadCapture?: unknown, site = 'demo') => {
    const s = await login(server.app, who)
    return server.app.inject({
      method,
      url: `/api/v1/admin/sites/${site}/lead-capture`,
      headers: { cookie: s.cookie, 'x-chao-csrf': s.csrf },
      ...(method === 'PUT' ? { payload: { leadCapture } } : {}),
    })
  }
  const put = (who: string, leadCapture: unknown, site = 'demo') =>
    call('PUT', who, leadCapture, site)
  const get = (who: string, site = 'demo') => call('GET', who, undefined, site)
  return { ...server, put, get }
}

describe('lead capture in the site configuration', () => {
  it('is saved by an admin, checked, and served to the widget with the site config', async () => {
    const { app, put, get } = await admin()
    expect((await get('boss@shop.vn')).json()).toEqual({ leadCapture: null })
    const saved = await put('boss@shop.vn', 'offline: name, email, phone?')
    expect(saved.statusCode).toBe(200)
    const expected = {
      when: 'offline',
      fields: [{ field: 'name' }, { field: 'email' }, { field: 'phone', optional: true }],
    }
    expect(saved.json()).toEqual({ leadCapture: expected })
    expect((await get('boss@shop.vn')).json()).toEqual({ leadCapture: expected })
    expect((await app.inject('/api/v1/config?site=demo')).json().leadCapture).toEqual(expected)
    expect((await put('boss@shop.vn', null)).json()).toEqual({ leadCapture: null })
    expect((await get('boss@shop.vn')).json()).toEqual({ leadCapture: null })
    expect((await app.inject('/api/v1/config?site=demo')).json().leadCapture).toBeUndefined()
  })

  it('is read per site: one site saved leaves another as it was', async () => {
    const { store, put, get } = await admin()
    await store.createSite({ id: 'blog', name: 'Lan Blog' })
    await put('boss@shop.vn', { when: 'after-unanswered', fields: ['email'] }, 'blog')
    expect((await get('boss@shop.vn', 'blog')).json()).toEqual({
      leadCapture: { when: 'after-unanswered', fields: [{ field: 'email' }] },
    })
    expect((await get('boss@shop.vn', 'demo')).json()).toEqual({ leadCapture: null })
  })

  it('is refused whole, naming every problem, and the saved one stays', async () => {
    const { put, get } = await admin()
    await put('boss@shop.vn', 'before-handoff: email')
    const response = await put('boss@shop.vn', { when: 'sometimes', fields: ['fax'] })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ error: 'invalid_lead_capture' })
    expect(response.json().problems).toHaveLength(2)
    expect((await get('boss@shop.vn')).json()).toEqual({
      leadCapture: { when: 'before-handoff', fields: [{ field: 'email' }] },
    })
  })

  it('is for admins only, and for sites that exist', async () => {
    const { put, get } = await admin()
    expect((await put('lan@shop.vn', 'offline: email')).statusCode).toBe(403)
    expect((await get('lan@shop.vn')).statusCode).toBe(403)
    expect((await put('boss@shop.vn', 'offline: email', 'nope')).statusCode).toBe(404)
    const missing = await get('boss@shop.vn', 'nope')
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toMatchObject({ error: 'unknown_site' })
  })
})
