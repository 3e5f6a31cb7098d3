import { describe, expect, it, vi } from 'vitest'
import { addAgent, handoffServer, login, visitorProbe } from '../test/handoff.ts'
import { smtpSink } from '../test/smtp-sink.ts'

describe('offline tickets', () => {
  it('stores the offline form once, shows it to agents, and mails a confirmation', async () => {
    const { mails, url } = await smtpSink()
    const { app, origin, store } = await handoffServer({
      smtpUrl: url,
      smtpFrom: 'Chao Shop <help@shop.example>',
    })
    await addAgent(store, { email: 'lan@shop.vn' })
    const { probe } = await visitorProbe(origin)
    const ticket = {
      type: 'ticket:create',
      clientId: 't1',
      name: 'Minh',
      email: 'minh@example.com',
      message: 'Call me back',
      attachments: [
        {
          name: 'order.pdf',
          type: 'application/pdf',
          size: 2048,
          url: 'https://files.example/order.pdf',
        },
      ],
    }
    await probe.send(ticket)
    const created = await probe.next((f) => f.type === 'ticket:created')
    await probe.send(ticket) // a retry: same ticket, no second mail
    expect(await probe.next((f) => f.type === 'ticket:created')).toEqual(created)
    const { cookie } = await login(app, 'lan@shop.vn')
    const list = await app.inject({ url: '/api/v1/agent/tickets', headers: { cookie } })
    expect(list.json().tickets).toMatchObject([
      {
        name: 'Minh',
        email: 'minh@example.com',
        message: 'Call me back',
        attachments: [
          {
            name: 'order.pdf',
            type: 'application/pdf',
            size: 2048,
            url: 'https://files.example/order.pdf',
          },
        ],
      },
    ])
    await vi.waitFor(() => expect(mails).toHaveLength(1), { timeout: 4000 })
    expect(mails[0]).toContain('To: minh@example.com')
    expect(mails[0]).toContain('Call me back')
  })
})
