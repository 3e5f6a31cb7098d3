import { expect, type Page, test } from '@playwright/test'
import { names, openChat } from './support.ts'

// The widget goes live: on the demo page (the real chao.js with data-server), a visitor
// asks the bot for a person; the demo agent answers in the console, in another browser
// context; messages flow both ways through the reference server. And before that, with
// nobody online, asking for a person gets the offline form, which creates a ticket.

const AGENT = { email: 'agent@demo.chao', password: 'chao-demo-password' }

// Both tests use the demo agent of the shared server: one file, in order, so the offline
// test runs while nobody is logged in and the live one logs the agent in afterwards.
test.describe.configure({ mode: 'serial' })

test('nobody online: the offline form checks the fields, creates a ticket and confirms', async ({
  page,
  request,
}) => {
  // The console's session cookie stays in `request`. Nobody may be connected as an agent
  // (this file runs serially, this test first), so nobody can take the chat.
  expect((await request.post('/api/v1/agent/login', { data: AGENT })).ok()).toBe(true)
  await expect
    .poll(
      async () => {
        const { agents } = (await (await request.get('/api/v1/agent/agents')).json()) as {
          agents: { status: string }[]
        }
        return agents.every((agent) => agent.status === 'offline')
      },
      { timeout: 20_000 },
    )
    .toBe(true)

  await page.goto('/')
  await openChat(page, 'vi')
  await page.getByRole('textbox', { name: names.vi.message }).fill('gặp nhân viên')
  await page.getByRole('button', { name: names.vi.send }).click()

  // The form replaces the conversation, labelled in the visitor's language.
  const name = page.getByRole('textbox', { name: 'Họ tên' })
  const email = page.getByRole('textbox', { name: 'Email' })
  const message = page.getByRole('textbox', { name: 'Nội dung' })
  const submit = page.getByRole('button', { name: 'Gửi tin nhắn' })
  await expect(name).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('textbox', { name: names.vi.message, exact: true })).toHaveCount(0)

  // A bad email is refused, with the reason tied to the field.
  const text = `Cho mình hỏi về đơn hàng #${Date.now().toString(36)}, cảm ơn.`
  await name.fill('Trần Minh')
  await email.fill('minh@example')
  await message.fill(text)
  await submit.click()
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription(
    'Vui lòng nhập email hợp lệ, ví dụ lan@example.com.',
  )
  await expect(email).toBeFocused()

  // A good submission: the confirmation replaces the form.
  await email.fill('minh@example.com')
  await submit.click()
  await expect(page.getByRole('status').filter({ hasText: 'Cảm ơn bạn' })).toHaveText(
    'Cảm ơn bạn, chúng tôi sẽ trả lời qua email.',
  )
  await expect(name).toHaveCount(0)

  // The ticket is on the server, with what the visitor typed.
  const { tickets } = (await (await request.get('/api/v1/agent/tickets')).json()) as {
    tickets: { name: string; email: string; message: string; pageUrl: string | null }[]
  }
  const ticket = tickets.find((t) => t.message === text)
  expect(ticket).toMatchObject({ name: 'Trần Minh', email: 'minh@example.com' })
  expect(ticket?.pageUrl).toMatch(/^http:\/\/localhost:\d+\//)
})

/** The visitor id the widget's connector got from the server's `welcome`. */
async function visitorId(page: Page): Promise<string> {
  let id = ''
  await expect
    .poll(async () => {
      id = await page.evaluate(() => {
        const raw = localStorage.getItem('chao-live:chao:session')
        return raw ? ((JSON.parse(raw) as { visitorId?: string }).visitorId ?? '') : ''
      })
      return id
    })
    .not.toBe('')
  return id
}

test('a visitor hands over to the demo agent and they chat both ways', async ({ browser }) => {
  const visitorContext = await browser.newContext()
  const agentContext = await browser.newContext()
  try {
    // The agent logs in first, so that somebody is online when the visitor asks.
    const agent = await agentContext.newPage()
    await agent.goto('/console/')
    await agent.getByLabel('Email').fill(AGENT.email)
    await agent.getByLabel('Password').fill(AGENT.password)
    await agent.getByRole('button', { name: 'Log in' }).click()
    await expect(agent.getByText('Connected')).toBeVisible()

    const visitor = await visitorContext.newPage()
    await visitor.goto('/')
    await openChat(visitor, 'vi')
    const log = visitor.getByRole('log')
    await visitor.getByRole('textbox', { name: names.vi.message }).fill('gặp nhân viên')
    await visitor.getByRole('button', { name: names.vi.send }).click()
    await expect(log).toContainText('Đang kết nối bạn với nhân viên tư vấn')
    // The server routes the chat to the demo agent, and the visitor is told who joined.
    await expect(log).toContainText('Demo Agent đã tham gia cuộc trò chuyện')
    const who = `Visitor ${(await visitorId(visitor)).slice(0, 6)}`

    // The agent finds the conversation, with the bot transcript, and replies.
    await agent.getByRole('tab', { name: /All open/ }).click()
    await agent
      .getByRole('button', { name: new RegExp(who) })
      .first()
      .click()
    const chat = agent.getByRole('region', { name: 'Conversation' })
    await expect(chat.getByRole('list', { name: 'Bot transcript' })).toContainText('gặp nhân viên')
    await chat.getByRole('textbox', { name: 'Reply' }).fill('Chào bạn, mình là Demo Agent.')
    await chat.getByRole('button', { name: 'Send' }).click()

    // The visitor sees the agent's reply in the widget, and answers.
    const agentLine = visitor.locator('[data-author="agent"]').last()
    await expect(agentLine).toContainText('Chào bạn, mình là Demo Agent.')
    await visitor.getByRole('textbox', { name: names.vi.message }).fill('Cho mình hỏi về đơn hàng')
    await visitor.getByRole('button', { name: names.vi.send }).click()
    const mine = visitor.locator('[data-author="visitor"]').last()
    await expect(mine).toContainText('Cho mình hỏi về đơn hàng')
    await expect(mine).not.toContainText('Chưa gửi được')

    // The agent sees it.
    await expect(chat.getByRole('log', { name: 'Messages' })).toContainText(
      'Cho mình hỏi về đơn hàng',
    )
  } finally {
    await visitorContext.close()
    await agentContext.close()
  }
})
