import { expect, test } from '@playwright/test'
import { ask, botMessages, openChat } from './support.ts'

// The demo site served by the real server, with the real built chao.js embedded by a
// script tag (packages/server/demo/index.html), in Vietnamese.

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Mở trò chuyện' })).toBeVisible()
})

test('a Vietnamese question gets the FAQ answer', async ({ page }) => {
  await openChat(page, 'vi')
  await expect(page.getByRole('log')).toBeVisible()
  const answer = await ask(page, 'Phí giao hàng là bao nhiêu?', 'vi')
  expect(answer).toContain('30.000')
})

test('the same question typed without diacritics gets the same answer', async ({ page }) => {
  await openChat(page, 'vi')
  const answer = await ask(page, 'phi giao hang la bao nhieu', 'vi')
  expect(answer).toContain('30.000')
})

test('an English question gets the English FAQ answer', async ({ page }) => {
  await openChat(page, 'vi')
  const answer = await ask(page, 'How long does shipping take?', 'vi')
  expect(answer).toContain('2–4')
})

test('the bot answers in the browser, with no server round trip', async ({ page }) => {
  await openChat(page, 'vi')
  // The FAQ is fetched once when the chat opens; wait for it to be in use.
  expect(await ask(page, 'Phí giao hàng là bao nhiêu?', 'vi')).toContain('30.000')
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  expect(await ask(page, 'How long does shipping take?', 'vi')).toContain('2–4')
  expect(requests).toEqual([])
})

test('a question the bot cannot match gets an honest reply, not a wrong answer', async ({
  page,
}) => {
  await openChat(page, 'vi')
  const known = await ask(page, 'Phí giao hàng là bao nhiêu?', 'vi')
  const reply = await ask(page, 'Thời tiết ở Paris hôm nay thế nào?', 'vi')
  expect(reply).not.toEqual(known)
  expect(reply).not.toContain('30.000')
  expect(reply.toLowerCase()).toMatch(/chưa chắc|không chắc|chưa biết|không biết/)
  await expect(botMessages(page).last()).toHaveAttribute('data-faq-id', '')
})

test('the launcher closes the window again and Escape returns focus to it', async ({ page }) => {
  await openChat(page, 'vi')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('textbox', { name: 'Tin nhắn' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Mở trò chuyện' })).toBeFocused()
})
