import type { ServerFrameOf } from '@chao/protocol'
import type { FastifyBaseLogger } from 'fastify'
import { describe, expect, it, vi } from 'vitest'
import { createSqliteStore } from '../db/sqlite-store.ts'
import {
  addAgent,
  agentProbe,
  handoffServer,
  login,
  originOf,
  stateOf,
  visitorProbe,
} from '../test/handoff.ts'
import { smtpSink } from '../test/smtp-sink.ts'
import type { Mail } from './mailer.ts'
import { createVisitorMail } from './visitor-mail.ts'

type State = ServerFrameOf<'conversation:state'>

async function chatWithAgent(overrides = {}) {
  const server = await handoffServer(overrides)
  await addAgent(server.store, { email: 'lan@shop.vn', name: 'Lan' })
  const agent = await agentProbe(server.origin, (await login(server.app, 'lan@shop.vn')).cookie)
  const visitor = await visitorProbe(server.origin)
  await visitor.probe.send({
    type: 'handoff:request',
    visitor: { name: 'Minh', email: 'minh@example.com' },
    pageUrl: 'https://shop.example/cart',
  })
  const { conversationId } = await visitor.probe.next<State>(stateOf('assigned'))
  return { ...server, agent, visitor, conversationId }
}

describe('mail to visitors', () => {
  it('mails the replies written after the visitor left, batched in one mail with a link back', async () => {
    const { mails, url } = await smtpSink()
    const { agent, visitor, conversationId } = await chatWithAgent({
      smtpUrl: url,
      mailBatchMs: 100,
    })
    await visitor.probe.message('v1', 'I have to go')
    await visitor.probe.close()
    await agent.message('a1', 'Your refund is on its way.', { conversationId })
    await agent.message('a2', 'Anything else?', { conversationId })
    await vi.waitFor(() => expect(mails).toHaveLength(1), { timeout: 4000 })
    expect(mails[0]).toContain('To: minh@example.com')
    expect(mails[0]).toContain('Your refund is on its way.')
    expect(mails[0]).toContain('Anything else?')
    expect(mails[0]).toContain('https://shop.example/cart')
  })

  it('sends nothing to a visitor who is still connected when the batch is due', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const sent: Mail[] = []
    const mailer = { enabled: true, send: async (m: Mail) => void sent.push(m), close() {} }
    let present = true
    const mail = createVisitorMail({
      store,
      mailer,
      log: { error() {} } as unknown as FastifyBaseLogger,
      publicUrl: 'https://shop.example',
      batchMs: 1000,
      present: async () => present,
    })
    const visitor = await store.createVisitor('demo')
    await store.requestHandoff({
      siteId: 'demo',
      visitorId: visitor.id,
      visitor: { email: 'm@x.vn' },
      now: 0,
    })
    const conversation = await store.findOpenConversation(visitor.id)
    const reply = {
      siteId: 'demo',
      conversationId: conversation?.id as string,
      author: 'agent' as const,
    }
    const stored = await store.appendMessage({
      ...reply,
      senderKey: 'agent',
      clientId: 'a1',
      text: 'Hi',
    })
    await mail.agentReplied(
      conversation?.id as string,
      stored.kind === 'stored' ? stored.seq : 0,
      0,
    )
    await mail.flush(999)
    await mail.flush(1000)
    expect(sent).toEqual([])
    present = false
    await store.appendMessage({
      ...reply,
      senderKey: 'agent',
      clientId: 'a2',
      text: 'Still there?',
    })
    await mail.agentReplied(conversation?.id as string, 2, 2000)
    await mail.flush(3000)
    expect(sent).toMatchObject([{ to: 'm@x.vn', subject: 'Our team replied to your chat' }])
    expect(sent[0]?.text).toContain('Still there?')
    expect(sent[0]?.text).toContain('https://shop.example')
    await store.close()
  })

  it('lets the visitor download the transcript, and nobody else', async () => {
    const { app, visitor, conversationId } = await chatWithAgent()
    await visitor.probe.message('v1', 'Where is my parcel?')
    const token = visitor.welcome.token as string
    const mine = await app.inject({
      url: `/api/v1/chat/transcript/${conversationId}`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(mine.statusCode).toBe(200)
    expect(mine.headers['content-disposition']).toMatch(/attachment/)
    expect(mine.body).toMatch(/You: Where is my parcel\?/)
    expect(mine.body).toMatch(/Lan joined the chat/)
    const other = await visitorProbe(originOf(app))
    const refused = await app.inject({
      url: `/api/v1/chat/transcript/${conversationId}`,
      headers: { authorization: `Bearer ${other.welcome.token}` },
    })
    expect(refused.statusCode).toBe(404)
    expect(
      (await app.inject({ url: `/api/v1/chat/transcript/${conversationId}` })).statusCode,
    ).toBe(401)
  })

  it('mails the transcript to the visitor’s own address', async () => {
    const { mails, url } = await smtpSink()
    const { app, visitor, conversationId } = await chatWithAgent({ smtpUrl: url })
    const sent = await app.inject({
      method: 'POST',
      url: `/api/v1/chat/transcript/${conversationId}/email`,
      headers: { authorization: `Bearer ${visitor.welcome.token}` },
    })
    expect(sent.json()).toEqual({ sent: true })
    await vi.waitFor(() => expect(mails).toHaveLength(1))
    expect(mails[0]).toContain('To: minh@example.com')
  })
})
