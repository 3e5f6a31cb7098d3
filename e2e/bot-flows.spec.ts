import type { ReportSummary } from '@chao/protocol'
import { expect, type Page, test } from '@playwright/test'
import { closeConsoles, openChat as openAgentChat, openConsole } from './handoff-support/console.ts'
import { ADMIN, HandoffServer, PASSWORD } from './handoff-support/server.ts'
import { closeVisitors, WidgetVisitor } from './handoff-support/widget-visitor.ts'
import { ask, botMessages, openChat } from './support.ts'

// Issue 5's bot flows on the demo site (Vietnamese, the real built chao.js): an answer to a
// question typed without diacritics, its follow-up, then an unrelated question that gets
// the honest "not sure" and the offer of a person.

/**
 * The handoff started: the "connecting you" line, or already its next step. When nobody is
 * online on the demo server, the offline form soon takes the window's place (and the line's).
 */
const handedOver = (page: Page) =>
  page
    .locator('[data-author="system"]')
    .filter({ hasText: 'Đang kết nối bạn với nhân viên tư vấn, bạn vui lòng chờ trong giây lát…' })
    .or(page.getByRole('button', { name: 'Gửi tin nhắn' }))
    .first()

test('answer, follow-up, then the offer of a person on an unrelated question', async ({ page }) => {
  await page.goto('/')
  await openChat(page, 'vi')

  expect(await ask(page, 'phi giao hang la bao nhieu', 'vi')).toContain('30.000')
  const answer = botMessages(page).last()
  await expect(answer).toHaveAttribute('data-faq-id', 'shipping-fee')

  // "Was this helpful?" under the answer, shown as chosen.
  const helpful = page.getByRole('button', { name: 'Hữu ích', exact: true })
  await helpful.click()
  await expect(helpful).toHaveAttribute('aria-pressed', 'true')

  // A follow-up quick reply answers its entry.
  await page.getByRole('button', { name: 'Giao hàng mất bao lâu?' }).click()
  await expect(botMessages(page).last()).toHaveAttribute('data-faq-id', 'shipping-time')
  await expect(botMessages(page).last()).toContainText('Thời gian giao hàng')

  const reply = await ask(page, 'thoi tiet o Paris the nao', 'vi')
  expect(reply).not.toContain('30.000')
  await expect(botMessages(page).last()).toHaveAttribute('data-faq-id', '')
  const talk = page.getByRole('button', { name: 'Gặp nhân viên' })
  await expect(talk).toBeVisible()
  await talk.click()
  await expect(handedOver(page)).toBeVisible()
})

test('asking for a person in plain words hands over, without diacritics too', async ({ page }) => {
  await page.goto('/')
  await openChat(page, 'vi')
  await page.getByRole('textbox', { name: 'Tin nhắn' }).fill('cho toi noi chuyen voi nguoi that')
  await page.getByRole('button', { name: 'Gửi' }).click()
  await expect(handedOver(page)).toBeVisible()
})

// Lead capture and the bot's analytics on a server of their own (ports 3461–3469), with
// the real widget on a customer's origin.
test.describe('with a server', () => {
  test.describe.configure({ mode: 'serial' })
  let server: HandoffServer

  test.beforeAll(async () => {
    server = new HandoffServer(3461)
    await server.start()
  })
  test.afterAll(async () => {
    await closeVisitors()
    await closeConsoles()
    await server?.stop()
  })

  /** The reports API as the admin: what the server made of the widget's events. */
  async function unanswered(): Promise<string[]> {
    const login = await fetch(`${server.url}/api/v1/agent/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: PASSWORD }),
    })
    const cookie = String(login.headers.get('set-cookie')).split(';')[0] as string
    const today = new Date().toISOString().slice(0, 10)
    const query = `from=${today}&to=${today}&tz=UTC`
    const response = await fetch(`${server.url}/api/v1/reports/summary?${query}`, {
      headers: { cookie },
    })
    if (!response.ok) throw new Error(`reports: ${response.status} ${await response.text()}`)
    const summary = (await response.json()) as ReportSummary
    return summary.tables.unanswered.map((row) => row.text)
  }

  test('a question the bot cannot answer reaches the unanswered questions report', async ({
    browser,
  }) => {
    const visitor = await WidgetVisitor.open(browser, server.url)
    await visitor.send('When are you open?')
    await expect(visitor.lines('bot').last()).toContainText('8:00–21:00')
    await visitor.send('Do you rent kayaks on Sundays?')
    await expect(visitor.lines('bot').last()).toContainText("I'm not sure")
    // The widget batches its events for a few seconds; leaving the page sends them at once.
    await visitor.page.goto('about:blank')
    await expect.poll(unanswered, { timeout: 10_000 }).toContain('Do you rent kayaks on Sundays?')
    expect(await unanswered()).not.toContain('When are you open?')
  })

  test('the bot asks for contact details before the handoff, and the agent gets them', async ({
    browser,
  }) => {
    const agent = await openConsole(browser, server.url, ADMIN.email)
    const visitor = await WidgetVisitor.open(browser, server.url, {
      data: { 'lead-capture': 'before-handoff: name, email, phone?' },
    })
    await visitor.send('talk to a person')
    await expect(visitor.lines('bot').last()).toContainText('May I have your name?')
    await visitor.send('Lan Nguyen')
    await expect(visitor.lines('bot').last()).toContainText('What email address')
    await visitor.send('lan@')
    await expect(visitor.lines('bot').last()).toContainText('Please enter a valid email address')
    await visitor.send('lan@example.com')
    await expect(visitor.lines('bot').last()).toContainText('What phone number')
    await visitor.send('0912 345 678')
    await expect(visitor.log).toContainText('Thank you! Connecting you now.')
    await expect(visitor.lines('system').filter({ hasText: 'Admin joined the chat' })).toBeVisible({
      timeout: 15_000,
    })
    // The agent sees the details the bot collected.
    await openAgentChat(agent, /Mine/, 'Lan Nguyen')
    const profile = agent
      .getByRole('region', { name: 'Conversation' })
      .getByRole('complementary', { name: 'Visitor' })
    await expect(profile).toContainText('lan@example.com')
    await expect(profile).toContainText('+84912345678')
  })
})
