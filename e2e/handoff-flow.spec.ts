import { expect, test } from '@playwright/test'
import { closeConsoles, openChat, openConsole } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { NodeVisitor } from './handoff-support/visitor.ts'

// Issue 7 acceptance: a visitor asks for a human; the agent sees the chat in the queue with
// the bot transcript and the visitor's details, is auto-assigned, they exchange messages
// with typing indicators, the agent transfers to another department's agent, who ends the
// chat; the visitor sees each step. Visitor: the connector in Node; agents: the console.

const server = new HandoffServer(3340)
test.beforeAll(async () => {
  await server.start()
  await server.department('sales', 'Sales')
  await server.department('billing', 'Billing')
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan', departments: ['sales'] })
  await server.agent({ email: 'hoa@e2e.chao', name: 'Hoa', departments: ['billing'] })
})
test.afterAll(async () => {
  await closeConsoles()
  await server.stop()
})

test('handoff → assignment → chat with typing → transfer → end', async ({ browser }) => {
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  const visitor = new NodeVisitor(server.url)
  await expect.poll(() => visitor.connector.$connection.get()).toBe('online')
  expect(
    visitor.requestHuman({
      department: 'sales',
      pageUrl: 'https://shop.example/pricing',
      transcript: [
        { author: 'visitor', text: 'Do you ship to Hanoi?', createdAt: Date.now() - 5000 },
        { author: 'bot', text: 'Sorry, I do not know that one.', createdAt: Date.now() - 4000 },
      ],
      visitor: { name: 'Minh Tran', email: 'minh@example.com' },
      attributes: { plan: 'pro' },
    }),
  ).toBe(true)

  // Auto-assigned to Lan (sales, online): the visitor is told who joined.
  await expect.poll(() => visitor.state()).toBe('assigned Lan')
  await expect.poll(() => visitor.transcript()).toContain('system: Lan joined the chat.')

  await openChat(lan, /Mine/, 'Minh Tran')
  const chat = lan.getByRole('region', { name: 'Conversation' })
  await expect(chat.getByRole('list', { name: 'Bot transcript' })).toContainText(
    'Do you ship to Hanoi?',
  )
  await expect(chat.getByRole('list', { name: 'Bot transcript' })).toContainText(
    'Sorry, I do not know',
  )
  const profile = chat.getByRole('complementary', { name: 'Visitor' })
  await expect(profile).toContainText('minh@example.com')
  await expect(profile).toContainText('https://shop.example/pricing')
  await expect(profile).toContainText('pro')

  // Messages both ways, typing both ways.
  visitor.send('Hello, anyone there?')
  await expect(chat.getByRole('log', { name: 'Messages' })).toContainText('Hello, anyone there?')
  visitor.typing(true)
  await expect(chat.getByText('Visitor is typing…')).toBeVisible()
  await chat.getByRole('textbox', { name: 'Reply' }).fill('Hi Minh, we do ship to Hanoi.')
  await expect.poll(() => visitor.agentTyping()).toBe(true)
  await chat.getByRole('button', { name: 'Send' }).click()
  await expect.poll(() => visitor.transcript()).toContain('agent: Hi Minh, we do ship to Hanoi.')

  // A canned response through /shortcut, and an internal note the visitor never gets.
  const { csrf } = (await (await lan.request.get(`${server.url}/api/v1/agent/me`)).json()) as {
    csrf: string
  }
  await lan.request.post(`${server.url}/api/v1/agent/canned`, {
    headers: { 'x-chao-csrf': csrf },
    data: { shortcut: 'days', text: 'Delivery takes 2–3 working days.' },
  })
  await lan.reload()
  await openChat(lan, /Mine/, 'Minh Tran')
  const reply = chat.getByRole('textbox', { name: 'Reply' })
  await reply.fill('/da')
  await expect(chat.getByRole('list', { name: 'Canned responses' })).toContainText('/days')
  await reply.press('Enter')
  await expect(reply).toHaveValue('Delivery takes 2–3 working days.')
  await reply.press('Enter')
  await expect.poll(() => visitor.transcript()).toContain('agent: Delivery takes 2–3 working days.')
  await chat.getByLabel('Note only (hidden from the visitor)').check()
  await chat.getByRole('textbox', { name: 'Internal note' }).fill('VIP customer, be quick')
  await chat.getByRole('button', { name: 'Add note' }).click()
  await expect(chat.getByRole('list', { name: 'Internal notes' })).toContainText('VIP customer')
  await chat.getByLabel('Note only (hidden from the visitor)').uncheck()

  // Transfer to billing: Hoa takes it, with Lan's note.
  const hoa = await openConsole(browser, server.url, 'hoa@e2e.chao')
  await chat.getByRole('button', { name: 'Transfer' }).click()
  await lan.getByLabel('Transfer to').selectOption({ label: 'Billing' })
  await lan.getByLabel('Transfer note').fill('Asks about an invoice')
  await lan.getByRole('button', { name: 'Confirm transfer' }).click()
  await expect.poll(() => visitor.state()).toBe('assigned Hoa')

  await openChat(hoa, /Mine/, 'Minh Tran')
  const hoaChat = hoa.getByRole('region', { name: 'Conversation' })
  await expect(hoaChat.getByRole('log', { name: 'Messages' })).toContainText(
    'Hi Minh, we do ship to Hanoi.',
  )
  await expect(hoaChat.getByRole('list', { name: 'Internal notes' })).toContainText(
    'Asks about an invoice',
  )
  await hoaChat.getByRole('button', { name: 'End chat' }).click()
  await expect.poll(() => visitor.state()).toBe('ended')
  await expect.poll(() => visitor.transcript()).toContain('system: Hoa ended the chat.')
  expect(visitor.transcript().join('\n')).not.toContain('VIP customer')
  visitor.close()
})
