import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { answerAndEnd, openChat, openConsole } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'

// The post-chat survey, end to end: the real widget on a made-up shop origin, the real
// console, the real server (port 3410). The agent ends the chat; the visitor rates it; the
// rating reaches the server and the console; a reload does not ask again; a rating given
// while offline arrives after the network returns.

const MAI = { name: 'Mai Pham', email: 'mai@example.com' }
const server = new HandoffServer(3410)

test.beforeAll(async () => {
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(() => closeAll(server))

const question = (page: Page) =>
  page.getByRole('group', { name: 'How would you rate this conversation?' })

test('the visitor rates 4 with a comment; it is stored, shown to the agent, asked once, and survives going offline', async ({
  browser,
}) => {
  test.setTimeout(90_000)
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  // The page listens to the widget's `rated` event, as a site owner's analytics would.
  const listen =
    '<script>window.Chao = window.Chao || function () { (Chao.q = Chao.q || []).push(arguments) };' +
    "window.rated = []; Chao('on', 'rated', function (r) { rated.push(r) })</script>"
  const shopper = await WidgetVisitor.open(browser, server.url, { contact: MAI, head: listen })
  const visitor = shopper.page
  const context = visitor.context()
  await shopper.askForHuman()
  await shopper.joined('Lan')
  const composer = visitor.getByRole('textbox', { name: 'Message', exact: true })
  await answerAndEnd(lan, visitor, /Mine/, 'Hi Mai, how can I help?')

  // The prompt replaces the composer; the keyboard alone can rate.
  await expect(question(visitor)).toBeVisible()
  await expect(composer).toHaveCount(0)
  await expect(visitor.getByRole('radio', { name: 'Very bad' })).toBeFocused()
  const axe = await new AxeBuilder({ page: visitor }).include('chao-widget').analyze()
  expect(axe.passes.some((rule) => rule.id === 'label')).toBe(true)
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  )
  await visitor.keyboard.press('ArrowRight')
  await visitor.keyboard.press('ArrowRight')
  await visitor.keyboard.press('ArrowRight')
  await expect(visitor.getByRole('radio', { name: 'Good' })).toBeChecked()
  await visitor
    .getByRole('textbox', { name: 'Anything to add? (optional)' })
    .fill('Quick and kind, thanks')
  await visitor.getByRole('button', { name: 'Send rating' }).click()
  await expect(visitor.getByText('Thanks for your feedback!')).toBeVisible()
  expect(await visitor.evaluate(() => (window as unknown as { rated: unknown[] }).rated)).toEqual([
    { score: 4, comment: 'Quick and kind, thanks', conversationId: expect.any(String) },
  ])
  await expect(question(visitor)).toHaveCount(0)
  await expect(composer).toBeVisible()

  // In the console: the conversation the agent just ended, still on screen, shows the
  // rating as soon as it arrives (the server pushes `rated`), without being reopened.
  const profile = lan.getByRole('complementary', { name: 'Visitor' })
  const lanChat = lan.getByRole('region', { name: 'Conversation' })
  await expect(lanChat.locator('.state')).toContainText('rated')
  await expect(profile.locator('dd.rating')).toContainText('4/5')
  await expect(profile.locator('dd.rating')).toContainText('Quick and kind, thanks')

  // A reload does not ask again. (Closed first, so the reload does not restore it open
  // while the launcher is being clicked.)
  await visitor.getByRole('button', { name: 'Close chat' }).first().click()
  await expect(composer).toBeHidden()
  await visitor.reload()
  await visitor.getByRole('button', { name: 'Open chat' }).click()
  await expect(visitor.getByText('Hi Mai, how can I help?')).toBeVisible()
  await expect(composer).toBeVisible()
  await expect(question(visitor)).toHaveCount(0)

  // A second chat, rated while the visitor is offline: delivered once the network is back.
  await composer.fill('One more question, please')
  await composer.press('Enter')
  await expect(
    visitor.locator('[data-author="system"]').filter({ hasText: 'Lan joined the chat' }).last(),
  ).toBeVisible({ timeout: 15_000 })
  await answerAndEnd(lan, visitor, /Mine/, 'Sure, ask away')
  await expect(question(visitor)).toBeVisible()
  await context.setOffline(true)
  await expect(visitor.getByText('Reconnecting…')).toBeVisible({ timeout: 15_000 })
  await visitor.getByRole('radio', { name: 'Bad', exact: true }).click()
  await visitor.getByRole('button', { name: 'Send rating' }).click()
  await expect(visitor.getByText('Thanks for your feedback!').last()).toBeVisible()
  await context.setOffline(false)
  await expect(profile.locator('dd.rating')).toContainText('2/5', { timeout: 20_000 })
  await openChat(lan, /Closed/, 'Mai Pham')
  await expect
    .poll(
      async () => {
        const list = await lan.request.get(`${server.url}/api/v1/agent/conversations?view=closed`)
        const { conversations } = (await list.json()) as { conversations: { id: string }[] }
        const scores: (number | null)[] = []
        for (const { id } of conversations) {
          const detail = await lan.request.get(`${server.url}/api/v1/agent/conversations/${id}`)
          scores.push(
            ((await detail.json()) as { rating: { score: number } | null }).rating?.score ?? null,
          )
        }
        return scores.sort()
      },
      { timeout: 20_000 },
    )
    .toEqual([2, 4])
  await context.close()
})
