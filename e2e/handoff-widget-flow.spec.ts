import { expect, test } from '@playwright/test'
import { closeConsoles, openChat, openConsole, tab } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { closeVisitors, WidgetVisitor } from './handoff-support/widget-visitor.ts'

// Issue 7 acceptance, with the widget a visitor really uses (Chromium, customer page on a
// made-up origin) and the console in other browser contexts: the visitor asks the bot,
// then for a person; the agent sees the queue entry with the bot transcript, the pre-chat
// name and email, the page URL and the attributes the page set, and is auto-assigned;
// messages and typing both ways; a canned response written in the editor; a note the
// visitor never sees; transfer to another department's agent, who ends the chat. The
// widget shows every step.

const server = new HandoffServer(3450)
test.beforeAll(async () => {
  await server.start()
  await server.department('sales', 'Sales')
  await server.department('billing', 'Billing')
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan', departments: ['sales'] })
  await server.agent({ email: 'hoa@e2e.chao', name: 'Hoa', departments: ['billing'] })
})
test.afterAll(async () => {
  await closeVisitors()
  await closeConsoles()
  await server.stop()
})

test('widget: bot → person → typing both ways → canned → transfer → end', async ({ browser }) => {
  // Three browser contexts and the whole acceptance story: room for a busy CI machine.
  test.setTimeout(60_000)
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name: 'Minh Tran', email: 'minh@example.com' },
  })
  // The shop tells the widget about its customer, as a site does with setAttributes.
  await visitor.page.evaluate(() =>
    (window as unknown as { Chao: (...a: unknown[]) => void }).Chao('setAttributes', {
      plan: 'pro',
      cartValue: 129,
    }),
  )
  const botLines = await visitor.lines('bot').count()
  await visitor.send('Can I pay with Bitcoin?')
  await expect(visitor.lines('bot')).toHaveCount(botLines + 1)
  await visitor.askForHuman()

  // Auto-assigned to Lan, the only agent online: the widget says who joined. (The first
  // handoff loads the live chunk and socket.io, so allow for a busy machine.)
  await expect(visitor.lines('system').filter({ hasText: 'Lan joined the chat' })).toBeVisible({
    timeout: 15_000,
  })
  await openChat(lan, /Mine/, 'Minh Tran')
  const chat = lan.getByRole('region', { name: 'Conversation' })
  await expect(chat.getByRole('list', { name: 'Bot transcript' })).toContainText(
    'Can I pay with Bitcoin?',
  )
  const profile = chat.getByRole('complementary', { name: 'Visitor' })
  await expect(profile).toContainText('minh@example.com')
  await expect(profile).toContainText('http://shop.example/pricing')
  // …and the attributes the page set before the handoff.
  await expect(profile.getByRole('term').filter({ hasText: 'plan' })).toBeVisible()
  await expect(profile.getByRole('definition').filter({ hasText: /^pro$/ })).toBeVisible()
  await expect(profile.getByRole('definition').filter({ hasText: /^129$/ })).toBeVisible()

  // Messages and typing indicators both ways.
  await visitor.send('Hello, anyone there?')
  await expect(chat.getByRole('log', { name: 'Messages' })).toContainText('Hello, anyone there?')
  await visitor.composer.fill('I would also like')
  await expect(chat.getByText('Visitor is typing…')).toBeVisible()
  await visitor.composer.fill('')
  await expect(chat.getByText('Visitor is typing…')).toHaveCount(0)
  const reply = chat.getByRole('textbox', { name: 'Reply' })
  await reply.fill('Hi Minh, yes we take cards')
  await expect(visitor.page.getByText('Lan is typing…')).toBeVisible()
  await chat.getByRole('button', { name: 'Send' }).click()
  await expect(visitor.lines('agent').last()).toContainText('Hi Minh, yes we take cards')
  await expect(visitor.page.getByText('Lan is typing…')).toHaveCount(0)

  // A personal canned response, written in the editor, completes with /shortcut.
  await tab(lan, /Canned responses/).click()
  const form = lan.getByRole('form', { name: 'New canned response' })
  await form.getByLabel('Shortcut').fill('days')
  await form.getByLabel('Text').fill('Delivery takes 2–3 working days.')
  await form.getByRole('button', { name: 'Add' }).click()
  await expect(lan.getByRole('list', { name: 'My responses' })).toContainText('/days')
  await openChat(lan, /Mine/, 'Minh Tran')
  await reply.fill('/da')
  await expect(chat.getByRole('list', { name: 'Canned responses' })).toContainText('/days')
  await reply.press('Enter')
  await expect(reply).toHaveValue('Delivery takes 2–3 working days.')
  await reply.press('Enter')
  await expect(visitor.lines('agent').last()).toContainText('Delivery takes 2–3 working days.')

  // An internal note stays in the console.
  await chat.getByLabel('Note only (hidden from the visitor)').check()
  await chat.getByRole('textbox', { name: 'Internal note' }).fill('VIP customer, be quick')
  await chat.getByRole('button', { name: 'Add note' }).click()
  await expect(chat.getByRole('list', { name: 'Internal notes' })).toContainText('VIP customer')
  await chat.getByLabel('Note only (hidden from the visitor)').uncheck()

  // Transfer to billing: Hoa gets it with the history and Lan's note; the visitor is told.
  const hoa = await openConsole(browser, server.url, 'hoa@e2e.chao')
  await chat.getByRole('button', { name: 'Transfer' }).click()
  await lan.getByLabel('Transfer to').selectOption({ label: 'Billing' })
  await lan.getByLabel('Transfer note').fill('Asks about an invoice')
  await lan.getByRole('button', { name: 'Confirm transfer' }).click()
  await expect(visitor.lines('system').filter({ hasText: 'Hoa joined the chat' })).toBeVisible()
  await openChat(hoa, /Mine/, 'Minh Tran')
  const hoaChat = hoa.getByRole('region', { name: 'Conversation' })
  await expect(hoaChat.getByRole('log', { name: 'Messages' })).toContainText(
    'Hi Minh, yes we take cards',
  )
  await expect(hoaChat.getByRole('list', { name: 'Internal notes' })).toContainText(
    'Asks about an invoice',
  )

  // Hoa ends the chat: the widget says so, and never showed the note.
  await hoaChat.getByRole('button', { name: 'End chat' }).click()
  await expect(visitor.lines('system').filter({ hasText: 'The chat has ended.' })).toBeVisible()
  await expect(visitor.log).not.toContainText('VIP customer')
  await expect(visitor.log).not.toContainText('Asks about an invoice')
})
