import { expect, test } from '@playwright/test'
import { closeConsoles, openConsole, tab } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { SmtpSink } from './handoff-support/smtp-sink.ts'
import { NodeVisitor } from './handoff-support/visitor.ts'

// Issue 7 acceptance: no agent online, so the visitor is told (the widget's offline form);
// the offline message becomes a ticket the console lists, and the confirmation mail
// reaches a local SMTP sink on 127.0.0.1 (never the network).

const sink = new SmtpSink()
let server: HandoffServer

test.beforeAll(async () => {
  server = new HandoffServer(3342, {
    CHAO_SMTP_URL: await sink.listen(3352),
    CHAO_SMTP_FROM: 'Chao Shop <help@shop.example>',
  })
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(async () => {
  await closeConsoles()
  await server.stop()
  await sink.close()
})

test('no agent online: offline form → ticket in the console → confirmation mail', async ({
  browser,
}) => {
  const visitor = new NodeVisitor(server.url)
  await expect.poll(() => visitor.connector.$connection.get()).toBe('online')
  visitor.requestHuman()
  await expect.poll(() => visitor.last('handoff:unavailable')?.reason).toBe('no_agent_online')

  visitor.connector.sendFrame({
    type: 'ticket:create',
    clientId: 'ticket-1',
    name: 'Minh Tran',
    email: 'minh@example.com',
    message: 'Please call me about my order 1234.',
  })
  await expect.poll(() => visitor.last('ticket:created')?.clientId).toBe('ticket-1')

  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  await tab(lan, /Tickets/).click()
  const ticket = lan.getByRole('article', { name: 'Ticket from Minh Tran' })
  await expect(ticket).toContainText('Please call me about my order 1234.')
  await expect(ticket).toContainText('minh@example.com')

  await expect.poll(() => sink.mails.length).toBe(1)
  expect(sink.mails[0]).toContain('To: minh@example.com')
  expect(sink.mails[0]).toContain('Please call me about my order 1234.')
  visitor.close()
})
