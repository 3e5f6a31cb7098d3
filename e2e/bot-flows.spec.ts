import { expect, test } from '@playwright/test'
import { ask, botMessages, openChat } from './support.ts'

// Issue 5's bot flows on the demo site (Vietnamese, the real built chao.js): an answer to a
// question typed without diacritics, its follow-up, then an unrelated question that gets
// the honest "not sure" and the offer of a person.

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
  await expect(page.locator('[data-author="system"]').last()).toHaveText(
    'Đang kết nối bạn với nhân viên tư vấn, bạn vui lòng chờ trong giây lát…',
  )
})

test('asking for a person in plain words hands over, without diacritics too', async ({ page }) => {
  await page.goto('/')
  await openChat(page, 'vi')
  await page.getByRole('textbox', { name: 'Tin nhắn' }).fill('cho toi noi chuyen voi nguoi that')
  await page.getByRole('button', { name: 'Gửi' }).click()
  await expect(page.locator('[data-author="system"]').last()).toContainText(
    'Đang kết nối bạn với nhân viên tư vấn',
  )
})
