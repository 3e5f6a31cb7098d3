import { expect, test } from '@playwright/test'
import { ask } from './support.ts'
import { hostPage, openWidget, serveShop, widgetTag } from './widget-support.ts'

// Bot answers are markdown from the site owner: rendered, and sanitized in the browser.

test('markdown renders, and scripts, handlers, javascript: links and frames never run', async ({
  page,
  baseURL,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await openWidget(page)
  await ask(page, 'When are you open?', 'en')
  const hours = page.locator('[data-faq-id="hours"]')
  await expect(hours.locator('strong')).toHaveText('8:00–21:00')
  const link = hours.getByRole('link', { name: 'our stores' })
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')

  await ask(page, 'Show me the evil answer', 'en')
  const evil = page.locator('[data-faq-id="evil"]')
  await expect(evil).toContainText('Evil')
  const html = await evil.innerHTML()
  expect(html).not.toMatch(/<img|<script|<iframe|onerror|onclick|onmouseover|javascript:|style=/i)
  await evil.getByText('styled').hover()
  await evil.getByRole('link', { name: 'ok' }).evaluate((a) => a.removeAttribute('target'))
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
})

test('images show only when the site allows them, and only over https', async ({
  page,
  baseURL,
}) => {
  const faq = JSON.stringify({
    entries: [
      {
        id: 'map',
        questions: ['Where is the store?'],
        answer: '![Map](https://maps.example/store.png) ![Tracker](http://track.example/p.gif)',
      },
    ],
  })
  await page.route('https://maps.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.alloc(0) }),
  )
  await serveShop(
    page,
    'http://shop.example',
    {
      '/no': hostPage(widgetTag(baseURL ?? '')),
      '/yes': hostPage(widgetTag(baseURL ?? '', { images: 'true' })),
    },
    { '/faq.json': faq },
  )
  await page.goto('http://shop.example/no')
  await openWidget(page)
  await ask(page, 'Where is the store?', 'en')
  expect(await page.locator('[data-faq-id="map"] img').count()).toBe(0)
  await page.evaluate(() => (window as unknown as { Chao: (c: string) => void }).Chao('reset'))
  await page.goto('http://shop.example/yes')
  await openWidget(page)
  await ask(page, 'Where is the store?', 'en')
  const images = page.locator('[data-faq-id="map"] img')
  await expect(images).toHaveCount(1)
  await expect(images).toHaveAttribute('src', 'https://maps.example/store.png')
})
