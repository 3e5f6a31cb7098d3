import { socketioAdapter } from '@chao/connector/socketio'
import { Probe } from '@chao/connector/testing'
import { describe, expect, it } from 'vitest'
import { addAgent, agentProbe, handoffServer, login, visitorProbe } from '../test/handoff.ts'

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
})
