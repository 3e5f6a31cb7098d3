import { expect, type Page, test } from '@playwright/test'
import { names, openChat } from './support.ts'

// The widget goes live: on the demo page (the real chao.js with data-server), a visitor
// asks the bot for a person; the demo agent answers in the console, in another browser
// context; messages flow both ways through the reference server.

const AGENT = { email: 'agent@demo.chao', password: 'chao-demo-password' }

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
