import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { ask } from './support.ts'
import { hostPage, launcher, openWidget, serveShop, widgetTag } from './widget-support.ts'

// A visitor who uses only the keyboard, and a screen reader's view of the widget.

test('keyboard only: Tab to the launcher, chat, focus stays inside, Esc returns to the launcher', async ({
  page,
  baseURL,
}) => {
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await page.keyboard.press('Tab')
  await expect(page.locator('#host-button')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(launcher(page)).toBeFocused()
  await page.keyboard.press('Enter')
  const box = page.getByRole('textbox', { name: 'Message' })
  await expect(box).toBeFocused()
  await page.keyboard.type('When are you open?')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-faq-id="hours"]')).toContainText('8:00–21:00')

  // Tab order inside the window, wrapping from the last control to the first and back.
  await box.focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Send' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Close chat' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Send' })).toBeFocused()
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    const inside = await page.evaluate(
      () => document.activeElement?.tagName.toLowerCase() === 'chao-widget',
    )
    expect(inside).toBe(true)
  }
  // The quick reply is reachable and works from the keyboard.
  const reply = page.getByRole('button', { name: 'How long does shipping take?' })
  await reply.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-faq-id="shipping"]')).toBeVisible()

  // A draft survives closing and reopening; Esc hands focus back to the launcher.
  await box.fill('a half-written question')
  await page.keyboard.press('Escape')
  await expect(box).toBeHidden()
  await expect(launcher(page)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(box).toBeFocused()
  await expect(box).toHaveValue('a half-written question')
})

test('the scroll position is kept when the window closes and opens again', async ({
  page,
  baseURL,
}) => {
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await openWidget(page)
  for (let i = 0; i < 6; i++) await ask(page, 'When are you open?', 'en')
  const log = page.getByRole('log')
  await log.evaluate((el) => {
    el.scrollTop = 40
    el.dispatchEvent(new Event('scroll'))
  })
  await page.keyboard.press('Escape')
  await launcher(page).click()
  await expect.poll(() => log.evaluate((el) => el.scrollTop)).toBe(40)
})

test('an axe-core scan of the open widget finds no violations, in both languages', async ({
  page,
  baseURL,
}) => {
  for (const locale of ['en', 'vi'] as const) {
    await serveShop(page, `http://${locale}.shop.example`, {
      '/': hostPage(widgetTag(baseURL ?? '', { locale })),
    })
    await page.goto(`http://${locale}.shop.example/`)
    await launcher(page, locale === 'en' ? 'Open chat' : 'Mở trò chuyện').click()
    const box = page.getByRole('textbox', { name: locale === 'en' ? 'Message' : 'Tin nhắn' })
    await box.fill('When are you open?')
    await box.press('Enter')
    await expect(page.locator('[data-faq-id="hours"]')).toBeVisible()
    const results = await new AxeBuilder({ page }).include('chao-widget').analyze()
    // Not vacuous: axe reached into the shadow root and checked its controls.
    expect(results.passes.some((rule) => rule.id === 'button-name')).toBe(true)
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([])
  }
})

test('new messages are announced politely, and every control has a name', async ({
  page,
  baseURL,
}) => {
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await launcher(page).click()
  await expect(page.getByRole('log', { name: 'Conversation' })).toHaveAttribute(
    'aria-live',
    'polite',
  )
  const unnamed = await page.evaluate(() => {
    const root = document.querySelector('chao-widget')?.shadowRoot
    return [...(root?.querySelectorAll('button, textarea, input') ?? [])]
      .filter(
        (el) =>
          !el.getAttribute('aria-label') &&
          !el.textContent?.trim() &&
          !(el as HTMLInputElement).labels?.length,
      )
      .map((el) => el.outerHTML)
  })
  expect(unnamed).toEqual([])
})
