import { expect, test } from '@playwright/test'
import { hostPage, launcher, serveShop, widgetTag } from './widget-support.ts'

// The parts that load as their own chunk or only when configured: the pre-chat form and
// attachments, in the built widget.

test('the pre-chat form checks a Vietnamese phone number before the chat starts', async ({
  page,
  baseURL,
}) => {
  const chunks: string[] = []
  page.on('request', (r) => r.url().includes('/widget/chunks/') && chunks.push(r.url()))
  await serveShop(page, 'http://shop.example', {
    '/': hostPage(widgetTag(baseURL ?? '', { locale: 'vi', 'pre-chat': 'name,phone' })),
  })
  await page.goto('http://shop.example/')
  await launcher(page, 'Mở trò chuyện').click()
  await page.getByLabel('Họ tên').fill('Lan')
  await page.getByLabel('Số điện thoại').fill('0123 456')
  await page.getByRole('button', { name: 'Bắt đầu trò chuyện' }).click()
  await expect(
    page.getByText('Vui lòng nhập số điện thoại hợp lệ, ví dụ 0912 345 678.'),
  ).toBeVisible()
  await expect(page.getByLabel('Số điện thoại')).toBeFocused()
  await page.getByLabel('Số điện thoại').fill('+84 912 345 678')
  await page.getByRole('button', { name: 'Bắt đầu trò chuyện' }).click()
  await expect(page.getByRole('textbox', { name: 'Tin nhắn' })).toBeVisible()
  expect(chunks.some((url) => /PreChatForm-/.test(url))).toBe(true)
})

test('the bot-only chat does not load the pre-chat form', async ({ page, baseURL }) => {
  const chunks: string[] = []
  page.on('request', (r) => r.url().includes('/widget/chunks/') && chunks.push(r.url()))
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await launcher(page).click()
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible()
  expect(chunks.length).toBeGreaterThan(0)
  expect(chunks.filter((url) => /PreChatForm-/.test(url))).toEqual([])
})

test('attachments: an accepted image shows as a thumbnail, a rejected file gets a message', async ({
  page,
  baseURL,
}) => {
  await serveShop(page, 'http://shop.example', {
    '/': hostPage(widgetTag(baseURL ?? '', { attachments: 'image/*', 'max-file-size': '1' })),
  })
  await page.goto('http://shop.example/')
  await launcher(page).click()
  const input = page.getByLabel('Attach a file')
  await input.setInputFiles([
    { name: 'cat.png', mimeType: 'image/png', buffer: Buffer.from('89504e47', 'hex') },
    { name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
  ])
  await expect(page.getByRole('img', { name: 'cat.png' })).toHaveAttribute('src', /^blob:/)
  await expect(page.getByRole('alert')).toHaveText(
    /cv\.pdf cannot be sent: only image\/\* files are accepted\./,
  )
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await input.setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(2 * 1024 * 1024),
  })
  await expect(page.getByRole('alert')).toHaveText(
    /huge\.png cannot be sent: it is larger than 1 MB\./,
  )
})
