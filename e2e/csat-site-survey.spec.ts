import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { answerAndEnd, openConsole } from './handoff-support/console.ts'
import { ADMIN, HandoffServer } from './handoff-support/server.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'

// The survey set per site (port 3491): an admin chooses NPS instead of CSAT, with the
// site's own English question, in the console's Settings → Survey; a visitor whose page
// sets no survey is asked that after the chat, and the console shows the answer at once.

const MAI = { name: 'Mai Pham', email: 'mai@example.com' }
const server = new HandoffServer(3491)
const NPS_QUESTION = 'Would you recommend Shop Lan to a friend?'

test.beforeAll(() => server.start())
test.afterAll(() => closeAll(server))

test("the site's survey from the console is what the widget asks, in the site's words", async ({
  browser,
}) => {
  test.setTimeout(90_000)
  const admin = await openConsole(browser, server.url, ADMIN.email)
  await admin.getByRole('tab', { name: 'Survey' }).click()
  const form = admin.getByRole('region', { name: 'Post-chat survey' })
  await form.getByRole('checkbox', { name: /^CSAT/ }).uncheck()
  await form.getByRole('checkbox', { name: /^NPS/ }).check()
  await form
    .getByRole('group', { name: /Texts in English/ })
    .getByRole('textbox', { name: 'NPS question' })
    .fill(NPS_QUESTION)
  await form.getByRole('button', { name: 'Save survey' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved.')
  const axe = await new AxeBuilder({ page: admin }).include('.survey-settings').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  )

  const shopper = await WidgetVisitor.open(browser, server.url, { contact: MAI, path: '/' })
  const visitor = shopper.page
  await shopper.askForHuman()
  await shopper.joined()
  await answerAndEnd(admin, visitor, /Mine/, 'Hello Mai')

  await expect(visitor.getByRole('group', { name: NPS_QUESTION })).toBeVisible()
  await expect(
    visitor.getByRole('group', { name: 'How would you rate this conversation?' }),
  ).toHaveCount(0)
  await visitor.getByRole('radio', { name: '9', exact: true }).check()
  await visitor.getByRole('button', { name: 'Send rating' }).click()
  await expect(visitor.getByText('Thanks for your feedback!')).toBeVisible()
  const profile = admin.getByRole('complementary', { name: 'Visitor' })
  await expect(profile.locator('dd.rating')).toContainText('NPS 9/10')
  await visitor.context().close()
})
