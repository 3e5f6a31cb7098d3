import { createHmac } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { closeAll } from './handoff-support/close-all.ts'
import { openChat, openConsole } from './handoff-support/console.ts'
import { HandoffServer } from './handoff-support/server.ts'
import { WidgetVisitor } from './handoff-support/widget-visitor.ts'

// The agent sees the visitor's details change during a live chat (protocol 1.4,
// visitor:update): the shop updates the cart total with setAttributes after the handoff, and
// the open conversation's visitor panel shows it without a reload; a removed attribute goes.
// Then the visitor signs in to the shop: the panel shows them as that user, verified.

const IDENTITY_SECRET = 'e2e-identity-secret-visitor-update'
const server = new HandoffServer(3630, { CHAO_IDENTITY_SECRET: IDENTITY_SECRET })
test.beforeAll(async () => {
  await server.start()
  await server.agent({ email: 'lan@e2e.chao', name: 'Lan' })
})
test.afterAll(() => closeAll(server))

/** What the shop's own script does: `Chao('setAttributes', attributes)`. */
const setAttributes = (visitor: WidgetVisitor, attributes: Record<string, unknown>) =>
  visitor.page.evaluate(
    (a) => (window as unknown as { Chao: (...args: unknown[]) => void }).Chao('setAttributes', a),
    attributes,
  )

test("the page's new attributes reach the agent's visitor panel live", async ({ browser }) => {
  test.setTimeout(60_000)
  const lan = await openConsole(browser, server.url, 'lan@e2e.chao')
  const visitor = await WidgetVisitor.open(browser, server.url, {
    contact: { name: 'Minh Tran', email: 'minh@example.com' },
  })
  await setAttributes(visitor, { cart: '300.000 ₫', coupon: 'TET' })
  await visitor.askForHuman()
  await visitor.joined('Lan')

  await openChat(lan, /Mine/, 'Minh Tran')
  const profile = lan
    .getByRole('region', { name: 'Conversation' })
    .getByRole('complementary', { name: 'Visitor' })
  await expect(profile.getByRole('definition').filter({ hasText: /^300\.000 ₫$/ })).toBeVisible()
  await expect(profile.getByRole('term').filter({ hasText: /^coupon$/ })).toBeVisible()
  // Nothing reloads the console from here: a reload would refetch the detail.
  let detailFetches = 0
  lan.on('request', (r) => {
    if (r.url().includes('/api/v1/agent/conversations/')) detailFetches++
  })

  await setAttributes(visitor, { cart: '1.200.000 ₫', coupon: null })
  await expect(profile.getByRole('definition').filter({ hasText: /^1\.200\.000 ₫$/ })).toBeVisible()
  await expect(profile.getByRole('term').filter({ hasText: /^coupon$/ })).toHaveCount(0)
  await expect(profile.getByRole('definition').filter({ hasText: /^300\.000 ₫$/ })).toHaveCount(0)
  expect(detailFetches).toBe(0)

  // The visitor logs in to the shop mid-chat: the page identifies them with the site's hash.
  const hash = createHmac('sha256', IDENTITY_SECRET).update('user-42').digest('hex')
  await visitor.page.evaluate(
    (h) =>
      (window as unknown as { Chao: (...args: unknown[]) => void }).Chao('identify', {
        id: 'user-42',
        hash: h,
      }),
    hash,
  )
  await expect(profile.getByText('user-42 (verified)')).toBeVisible()
  expect(detailFetches).toBe(0)

  // The details stuck: a fresh look at the conversation shows the same.
  await lan.reload()
  await expect(lan.getByText('Connected')).toBeVisible()
  await openChat(lan, /Mine/, 'Minh Tran')
  await expect(profile.getByRole('definition').filter({ hasText: /^1\.200\.000 ₫$/ })).toBeVisible()
  await expect(profile.getByRole('term').filter({ hasText: /^coupon$/ })).toHaveCount(0)
})
