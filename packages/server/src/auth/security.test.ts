import { socketioAdapter } from '@chao/connector/socketio'
import { Probe } from '@chao/connector/testing'
import { describe, expect, it } from 'vitest'
import { identityHash } from '../realtime/identity.ts'
import { addAgent, handoffServer, login, visitorProbe } from '../test/handoff.ts'

const newAgent = { email: 'new@shop.vn', name: 'New', password: 'long-enough-password' }

describe('agent API security', () => {
  it('refuses the agent API without a session (401), and a state change without CSRF (403)', async () => {
    const { app, store } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn' })
    expect((await app.inject({ url: '/api/v1/agent/conversations' })).statusCode).toBe(401)
    expect((await app.inject({ url: '/api/v1/agent/me' })).statusCode).toBe(401)
    const { cookie, csrf } = await login(app, 'lan@shop.vn')
    expect(
      (await app.inject({ url: '/api/v1/agent/conversations', headers: { cookie } })).statusCode,
    ).toBe(200)
    const put = (headers: Record<string, string>) =>
      app.inject({
        method: 'PUT',
        url: '/api/v1/agent/me/status',
        headers,
        payload: { status: 'away' },
      })
    const refused = await put({ cookie })
    expect(refused.statusCode).toBe(403)
    expect(refused.json()).toMatchObject({ error: 'csrf' })
    expect((await put({ cookie, 'x-chao-csrf': 'guess' })).statusCode).toBe(403)
    expect((await put({ cookie, 'x-chao-csrf': csrf })).statusCode).toBe(200)
  })

  it('refuses a wrong password, and a logged-out session', async () => {
    const { app, store } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn' })
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/agent/login',
      payload: { email: 'lan@shop.vn', password: 'nope' },
    })
    expect(wrong.statusCode).toBe(401)
    const { cookie, csrf } = await login(app, 'lan@shop.vn')
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/agent/logout',
      headers: { cookie, 'x-chao-csrf': csrf },
    })
    expect(out.statusCode).toBe(200)
    expect((await app.inject({ url: '/api/v1/agent/me', headers: { cookie } })).statusCode).toBe(
      401,
    )
  })

  it('throttles password guessing: 429 after 10 wrong passwords, even for the right one', async () => {
    const { app, store } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn' })
    const attempt = (password: string, remoteAddress = '127.0.0.1') =>
      app.inject({
        method: 'POST',
        url: '/api/v1/agent/login',
        remoteAddress,
        payload: { email: 'lan@shop.vn', password },
      })
    for (let i = 0; i < 10; i++) expect((await attempt(`guess-${i}`)).statusCode).toBe(401)
    const locked = await attempt('correct-horse-battery')
    expect(locked.statusCode).toBe(429)
    expect(locked.json()).toMatchObject({ error: 'too_many_attempts' })
    // The agent at their own desk (another address) is not locked out.
    expect((await attempt('correct-horse-battery', '10.0.0.9')).statusCode).toBe(200)
  })

  it('sets an httpOnly, SameSite=Strict session cookie', async () => {
    const { app, store } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn' })
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/agent/login',
      payload: { email: 'lan@shop.vn', password: 'correct-horse-battery' },
    })
    expect(String(response.headers['set-cookie'])).toMatch(/HttpOnly/i)
    expect(String(response.headers['set-cookie'])).toMatch(/SameSite=Strict/i)
  })

  it('keeps admin endpoints for admins (403 for agents)', async () => {
    const { app, store } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn' })
    await addAgent(store, { email: 'boss@shop.vn', role: 'admin' })
    const agent = await login(app, 'lan@shop.vn')
    const post = (s: { cookie: string; csrf: string }) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/admin/agents',
        headers: { cookie: s.cookie, 'x-chao-csrf': s.csrf },
        payload: newAgent,
      })
    expect((await post(agent)).statusCode).toBe(403)
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/admin/agents', payload: newAgent }))
        .statusCode,
    ).toBe(401)
    expect((await post(await login(app, 'boss@shop.vn'))).statusCode).toBe(201)
  })

  it('refuses the agent socket without a session, and with a cookie from another origin', async () => {
    const { app, origin, store } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn' })
    const { cookie } = await login(app, 'lan@shop.vn')
    const hello = async (extraHeaders: Record<string, string>) => {
      const probe = await Probe.connect(
        socketioAdapter({
          url: origin,
          namespace: '/agent',
          socket: { transports: ['websocket'], extraHeaders },
        }),
        'demo',
      )
      const answer = await probe.hello()
      await probe.close()
      return answer
    }
    expect(await hello({})).toMatchObject({ type: 'error', code: 'unauthorized' })
    expect(await hello({ cookie, origin: 'https://evil.example' })).toMatchObject({
      code: 'unauthorized',
    })
    expect(await hello({ cookie, origin })).toMatchObject({ type: 'welcome' })
  })
})

describe('visitor identity and ownership', () => {
  const secret = 'site-identity-secret-0123'

  it('refuses a forged identify when verification is required, and accepts a signed one', async () => {
    const { origin } = await handoffServer({ identitySecret: secret, identityRequired: true })
    const { probe } = await visitorProbe(origin)
    await probe.send({
      type: 'identify',
      userId: 'user-42',
      hash: identityHash('wrong-secret', 'user-42'),
    })
    expect(await probe.error('identify')).toMatchObject({ code: 'unauthorized' })
    await probe.send({
      type: 'identify',
      userId: 'user-42',
      hash: identityHash(secret, 'user-42'),
      name: 'Minh',
    })
    expect(await probe.next((f) => f.type === 'identified')).toMatchObject({
      userId: 'user-42',
      verified: true,
    })
  })

  it('stores an unverified identify as unverified when verification is optional', async () => {
    const { origin } = await handoffServer({ identitySecret: secret })
    const { probe } = await visitorProbe(origin)
    await probe.send({ type: 'identify', userId: 'user-42', hash: 'a'.repeat(64) })
    expect(await probe.next((f) => f.type === 'identified')).toMatchObject({ verified: false })
  })

  it("refuses a visitor token used on another visitor's conversation", async () => {
    const { origin } = await handoffServer()
    const { probe: owner } = await visitorProbe(origin)
    const ack = await owner.message('c1', 'mine')
    const { probe: other } = await visitorProbe(origin)
    await other.send({ type: 'conversation:end', conversationId: ack.conversationId })
    expect(await other.error('conversation:end')).toMatchObject({ code: 'forbidden' })
    await other.send({
      type: 'message:send',
      clientId: 'x1',
      text: 'hijack',
      conversationId: ack.conversationId,
    })
    expect(await other.error('x1')).toMatchObject({ code: 'forbidden' })
  })
})
