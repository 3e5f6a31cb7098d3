import { describe, expect, it } from 'vitest'
import { addAgent, handoffServer, login } from '../test/handoff.ts'

async function admin() {
  const server = await handoffServer()
  await addAgent(server.store, { email: 'boss@shop.vn', role: 'admin' })
  await addAgent(server.store, { email: 'lan@shop.vn' })
  const put = async (who: string, leadCapture: unknown, site = 'demo') => {
    const s = await login(server.app, who)
    return server.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/sites/${site}/lead-capture`,
      headers: { cookie: s.cookie, 'x-chao-csrf': s.csrf },
      payload: { leadCapture },
    })
  }
  return { ...server, put }
}

describe('lead capture in the site configuration', () => {
  it('is saved by an admin, checked, and served to the widget with the site config', async () => {
    const { app, put } = await admin()
    const saved = await put('boss@shop.vn', 'offline: name, email, phone?')
    expect(saved.statusCode).toBe(200)
    const expected = {
      when: 'offline',
      fields: [{ field: 'name' }, { field: 'email' }, { field: 'phone', optional: true }],
    }
    expect(saved.json()).toEqual({ leadCapture: expected })
    expect((await app.inject('/api/v1/config?site=demo')).json().leadCapture).toEqual(expected)
    expect((await put('boss@shop.vn', null)).json()).toEqual({ leadCapture: null })
    expect((await app.inject('/api/v1/config?site=demo')).json().leadCapture).toBeUndefined()
  })

  it('is refused whole, naming every problem', async () => {
    const { put } = await admin()
    const response = await put('boss@shop.vn', { when: 'sometimes', fields: ['fax'] })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ error: 'invalid_lead_capture' })
    expect(response.json().problems).toHaveLength(2)
  })

  it('is for admins only, and for sites that exist', async () => {
    const { put } = await admin()
    expect((await put('lan@shop.vn', 'offline: email')).statusCode).toBe(403)
    expect((await put('boss@shop.vn', 'offline: email', 'nope')).statusCode).toBe(404)
  })
})
