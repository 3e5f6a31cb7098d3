import { describe, expect, it } from 'vitest'
import { addAgent, handoffServer, login } from '../test/handoff.ts'

async function setup() {
  const { app, store } = await handoffServer()
  await addAgent(store, { email: 'admin@shop.vn', role: 'admin' })
  await addAgent(store, { email: 'lan@shop.vn' })
  await addAgent(store, { email: 'hoa@shop.vn' })
  const as = async (email: string) => {
    const { cookie, csrf } = await login(app, email)
    return (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      app.inject({
        method,
        url: `/api/v1/agent/canned${url}`,
        headers: { cookie, 'x-chao-csrf': csrf },
        ...(payload === undefined ? {} : { payload }),
      })
  }
  return {
    app,
    admin: await as('admin@shop.vn'),
    lan: await as('lan@shop.vn'),
    hoa: await as('hoa@shop.vn'),
  }
}

const shortcuts = (body: { canned: { shortcut: string; personal: boolean }[] }) =>
  body.canned.map((c) => `${c.personal ? 'me' : 'team'}:${c.shortcut}`)

describe('canned responses API', () => {
  it('lists the team’s and one’s own; personal ones stay private', async () => {
    const { admin, lan, hoa } = await setup()
    expect(
      (await admin('POST', '', { shortcut: 'hi', text: 'Hello!', team: true })).statusCode,
    ).toBe(201)
    expect((await lan('POST', '', { shortcut: 'bye', text: 'Goodbye' })).statusCode).toBe(201)
    expect(shortcuts((await lan('GET', '')).json())).toEqual(['me:bye', 'team:hi'])
    expect(shortcuts((await hoa('GET', '')).json())).toEqual(['team:hi'])
  })

  it('edits and deletes personal responses; another agent’s are a 404', async () => {
    const { lan, hoa } = await setup()
    const { id } = (await lan('POST', '', { shortcut: 'ship', text: 'Two days.' })).json()
    const edited = await lan('PUT', `/${id}`, { shortcut: 'shipping', text: 'Three days.' })
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toEqual({ id, shortcut: 'shipping', text: 'Three days.', personal: true })
    expect((await hoa('PUT', `/${id}`, { shortcut: 'x', text: 'mine now' })).statusCode).toBe(404)
    expect((await hoa('DELETE', `/${id}`)).statusCode).toBe(404)
    expect((await lan('DELETE', `/${id}`)).statusCode).toBe(204)
    expect((await lan('GET', '')).json()).toEqual({ canned: [] })
    expect((await lan('DELETE', `/${id}`)).statusCode).toBe(404)
  })

  it('lets only admins add, edit or delete the team’s responses', async () => {
    const { admin, lan } = await setup()
    const refused = await lan('POST', '', { shortcut: 'hi', text: 'Hello', team: true })
    expect(refused.statusCode).toBe(403)
    expect(refused.json()).toMatchObject({ error: 'forbidden' })
    const { id } = (await admin('POST', '', { shortcut: 'hi', text: 'Hello', team: true })).json()
    expect((await lan('PUT', `/${id}`, { shortcut: 'hi', text: 'Yo' })).statusCode).toBe(403)
    expect((await lan('DELETE', `/${id}`)).statusCode).toBe(403)
    expect(
      (await admin('PUT', `/${id}`, { shortcut: 'hi', text: 'Hi there' })).json(),
    ).toMatchObject({
      text: 'Hi there',
      personal: false,
    })
    expect((await admin('DELETE', `/${id}`)).statusCode).toBe(204)
  })

  it('refuses a taken shortcut (409) in the same scope, and bad shortcuts (400)', async () => {
    const { admin, lan } = await setup()
    await admin('POST', '', { shortcut: 'hi', text: 'Team hello', team: true })
    // A personal response may shadow the team's shortcut, but not repeat one's own.
    expect((await lan('POST', '', { shortcut: 'hi', text: 'My hello' })).statusCode).toBe(201)
    const again = await lan('POST', '', { shortcut: 'hi', text: 'Again' })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({ error: 'canned_shortcut_taken' })
    const { id } = (await lan('POST', '', { shortcut: 'other', text: 'Other' })).json()
    expect((await lan('PUT', `/${id}`, { shortcut: 'hi', text: 'Other' })).statusCode).toBe(409)
    for (const bad of ['', 'Has Space', '/hi', 'x'.repeat(33)]) {
      expect((await lan('POST', '', { shortcut: bad, text: 'x' })).statusCode).toBe(400)
    }
    expect((await lan('POST', '', { shortcut: 'empty', text: '' })).statusCode).toBe(400)
  })

  it('needs a session and the CSRF header', async () => {
    const { app } = await setup()
    expect((await app.inject({ url: '/api/v1/agent/canned' })).statusCode).toBe(401)
    const { cookie } = await login(app, 'lan@shop.vn')
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/agent/canned',
      headers: { cookie },
      payload: { shortcut: 'hi', text: 'x' },
    })
    expect(noCsrf.statusCode).toBe(403)
  })
})
