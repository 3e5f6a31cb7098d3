import type { ServerFrameOf } from '@chao/protocol'
import { describe, expect, it } from 'vitest'
import {
  addAgent,
  agentProbe,
  handoffServer,
  login,
  stateOf,
  visitorProbe,
} from '../test/handoff.ts'

type State = ServerFrameOf<'conversation:state'>

describe('handoff and routing', () => {
  it('tells the visitor when no agent is online, instead of queueing', async () => {
    const { origin, store } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn' }) // exists, but not connected
    const { probe } = await visitorProbe(origin)
    await probe.send({ type: 'handoff:request' })
    expect(await probe.next((f) => f.type === 'handoff:unavailable')).toMatchObject({
      reason: 'no_agent_online',
    })
  })

  it('queues with the whole context and assigns to an online agent', async () => {
    const { app, origin, store } = await handoffServer()
    const lan = await addAgent(store, { email: 'lan@shop.vn', name: 'Lan' })
    const agent = await agentProbe(origin, (await login(app, 'lan@shop.vn')).cookie)
    const { probe: visitor } = await visitorProbe(origin)
    await visitor.send({
      type: 'handoff:request',
      pageUrl: 'https://shop.example/cart',
      transcript: [
        { author: 'visitor', text: 'Where is my order?', createdAt: 1 },
        { author: 'bot', text: 'I am not sure.', createdAt: 2 },
      ],
      visitor: { name: 'Minh', email: 'minh@example.com' },
      attributes: { plan: 'pro' },
    })
    const assigned = await visitor.next<State>(stateOf('assigned'))
    expect(assigned.agentName).toBe('Lan')
    const seen = await agent.next<State>(stateOf('assigned', assigned.conversationId))
    expect(seen.agentId).toBe(lan.id)
    const joined = await visitor.next(
      (f) => f.type === 'message:new' && f.message.author === 'system',
    )
    expect(joined).toMatchObject({ message: { text: 'Lan joined the chat.' } })

    await visitor.message('v1', 'Hello?')
    expect(
      await agent.next((f) => f.type === 'message:new' && f.message.text === 'Hello?'),
    ).toBeTruthy()
    await agent.message('a1', 'Hi Minh!', { conversationId: assigned.conversationId })
    const reply = await visitor.next<ServerFrameOf<'message:new'>>(
      (f) => f.type === 'message:new' && f.message.author === 'agent',
    )
    expect(reply.message).toMatchObject({ text: 'Hi Minh!', agentName: 'Lan' })
    await visitor.send({ type: 'typing', conversationId: assigned.conversationId, typing: true })
    expect(await agent.next((f) => f.type === 'typing')).toMatchObject({
      author: 'visitor',
      typing: true,
    })

    const { cookie } = await login(app, 'lan@shop.vn')
    const detail = await app.inject({
      url: `/api/v1/agent/conversations/${assigned.conversationId}`,
      headers: { cookie },
    })
    expect(detail.json()).toMatchObject({
      state: 'assigned',
      agentName: 'Lan',
      pageUrl: 'https://shop.example/cart',
      visitor: { name: 'Minh', email: 'minh@example.com' },
      transcript: [{ author: 'visitor', text: 'Where is my order?' }, { author: 'bot' }],
      visitorProfile: { attributes: { plan: 'pro' } },
    })
    expect(detail.json().firstResponseAt).toBeGreaterThan(0)
  })

  it('assigns to the least busy agent, then holds the queue with positions until a chat ends', async () => {
    const { app, origin, store } = await handoffServer()
    await addAgent(store, { email: 'a@shop.vn', maxChats: 1 })
    await addAgent(store, { email: 'b@shop.vn', maxChats: 1 })
    const a = await agentProbe(origin, (await login(app, 'a@shop.vn')).cookie)
    await agentProbe(origin, (await login(app, 'b@shop.vn')).cookie)
    const names = new Set<string>()
    for (let i = 0; i < 2; i++) {
      const { probe } = await visitorProbe(origin)
      await probe.send({ type: 'handoff:request' })
      names.add((await probe.next<State>(stateOf('assigned'))).agentName as string)
    }
    expect(names).toEqual(new Set(['a', 'b']))
    const { probe: third } = await visitorProbe(origin)
    await third.send({ type: 'handoff:request' })
    expect(await third.next((f) => f.type === 'queue:position')).toMatchObject({ position: 0 })
    // a ends its chat: the third visitor is next.
    const mine = await a.next<State>(
      (f) => f.type === 'conversation:state' && f.state === 'assigned' && f.agentId !== undefined,
    )
    const aOwn = (await store.listAgents()).find((x) => x.email === 'a@shop.vn')?.id
    const aChat =
      mine.agentId === aOwn
        ? mine.conversationId
        : (await store.listConversations('mine', aOwn as string, 5))[0]?.id
    await a.send({ type: 'conversation:end', conversationId: aChat as string })
    expect(await third.next<State>(stateOf('assigned'))).toMatchObject({ agentName: 'a' })
  })

  it('transfers to another department, with an internal note', async () => {
    const { app, origin, store } = await handoffServer()
    await store.createDepartment({ id: 'billing', name: 'Billing' })
    await addAgent(store, { email: 'lan@shop.vn', name: 'Lan' })
    await addAgent(store, { email: 'hoa@shop.vn', name: 'Hoa', departments: ['billing'] })
    const lan = await agentProbe(origin, (await login(app, 'lan@shop.vn')).cookie)
    const { probe: visitor } = await visitorProbe(origin)
    await visitor.send({ type: 'handoff:request' })
    const { conversationId } = await visitor.next<State>(stateOf('assigned'))
    await agentProbe(origin, (await login(app, 'hoa@shop.vn')).cookie)
    await lan.send({
      type: 'conversation:transfer',
      conversationId,
      department: 'billing',
      note: 'Refund case',
    })
    expect(
      await visitor.next<State>((f) => stateOf('assigned')(f) && (f as State).agentName === 'Hoa'),
    ).toBeTruthy()
    const detail = await store.conversationDetail(conversationId)
    expect(detail).toMatchObject({
      department: 'billing',
      agentName: 'Hoa',
      notes: [{ text: 'Refund case', agentName: 'Lan' }],
    })
  })

  it('re-queues a disconnected agent’s chats after the grace period, to another agent', async () => {
    const { app, origin, store } = await handoffServer({ agentGraceMs: 200 })
    await addAgent(store, { email: 'a@shop.vn', name: 'A' })
    await addAgent(store, { email: 'b@shop.vn', name: 'B' })
    const a = await agentProbe(origin, (await login(app, 'a@shop.vn')).cookie)
    const { probe: visitor } = await visitorProbe(origin)
    await visitor.send({ type: 'handoff:request' })
    const { conversationId } = await visitor.next<State>(stateOf('assigned'))
    await visitor.message('m1', 'still there?')
    await agentProbe(origin, (await login(app, 'b@shop.vn')).cookie, 'online')
    await a.close()
    expect(await visitor.next<State>(stateOf('queued', conversationId))).toBeTruthy()
    expect(await visitor.next<State>(stateOf('assigned', conversationId))).toMatchObject({
      agentName: 'B',
    })
    const texts = (await store.conversationDetail(conversationId))?.messages.map(
      (m) => m.message.text,
    )
    expect(texts).toContain('still there?')
  })

  it('refuses a handoff outside the department’s business hours', async () => {
    const { app, origin, store } = await handoffServer()
    await store.createDepartment({
      id: 'night',
      name: 'Night',
      hours: { timeZone: 'UTC', days: {} },
    })
    await addAgent(store, { email: 'a@shop.vn', departments: ['night'] })
    await agentProbe(origin, (await login(app, 'a@shop.vn')).cookie)
    const { probe } = await visitorProbe(origin)
    await probe.send({ type: 'handoff:request', department: 'night' })
    expect(await probe.next((f) => f.type === 'handoff:unavailable')).toMatchObject({
      reason: 'outside_business_hours',
      department: 'night',
    })
  })
})

describe('dashboard', () => {
  it('shows visitors waiting, the longest wait, agents and their load, chats today', async () => {
    const { app, origin, store } = await handoffServer()
    await addAgent(store, { email: 'lan@shop.vn', name: 'Lan', maxChats: 1 })
    await agentProbe(origin, (await login(app, 'lan@shop.vn')).cookie)
    for (let i = 0; i < 2; i++) {
      const { probe } = await visitorProbe(origin)
      await probe.send({ type: 'handoff:request' })
      await probe.next((f) => f.type === 'conversation:state')
    }
    const { cookie } = await login(app, 'lan@shop.vn')
    const board = (await app.inject({ url: '/api/v1/agent/dashboard', headers: { cookie } })).json()
    expect(board).toMatchObject({
      waiting: 1,
      chatsToday: 2,
      agents: [{ name: 'Lan', status: 'online', load: 1, maxChats: 1 }],
    })
    expect(board.longestWaitMs).toBeGreaterThanOrEqual(0)
  })
})
