import { expect, test } from '@playwright/test'
import { ask } from './support.ts'
import { hostPage, launcher, openWidget, serveShop, widgetTag } from './widget-support.ts'

// Display modes, the page's own launcher, and a phone.

test('inline: the chat fills its container, with no launcher and no close button', async ({
  page,
  baseURL,
}) => {
  const box = '<div id="support" style="width:420px;height:520px;margin:40px"></div>'
  await serveShop(page, 'http://shop.example', {
    '/': hostPage(box + widgetTag(baseURL ?? '', { mode: 'inline', container: '#support' })),
  })
  await page.goto('http://shop.example/')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  expect(await launcher(page).count()).toBe(0)
  expect(await page.getByRole('button', { name: 'Close chat' }).count()).toBe(0)
  const [inner, outer] = await Promise.all([
    dialog.boundingBox(),
    page.locator('#support').boundingBox(),
  ])
  expect(inner).toEqual(outer)
  expect(await ask(page, 'When are you open?', 'en')).toContain('8:00–21:00')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeVisible()
})

test('full page: the chat covers the viewport, for a /support route', async ({ page, baseURL }) => {
  await serveShop(page, 'http://shop.example', {
    '/support': hostPage(widgetTag(baseURL ?? '', { mode: 'fullpage' })),
  })
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto('http://shop.example/support')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 1024, height: 700 })
  expect(await launcher(page).count()).toBe(0)
  expect(await ask(page, 'When are you open?', 'en')).toContain('8:00–21:00')
})

test("the site's own button opens the chat instead of the built-in launcher", async ({
  page,
  baseURL,
}) => {
  const button = '<button id="help" type="button">Need help?</button>'
  await serveShop(page, 'http://shop.example', {
    '/': hostPage(button + widgetTag(baseURL ?? '', { launcher: '#help', 'z-index': '50' })),
  })
  await page.goto('http://shop.example/')
  const help = page.getByRole('button', { name: 'Need help?' })
  await help.click()
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible()
  expect(await launcher(page).count()).toBe(0)
  await expect(help).toHaveAttribute('aria-expanded', 'true')
  expect(await page.locator('chao-widget').evaluate((el) => getComputedStyle(el).zIndex)).toBe('50')
  await page.keyboard.press('Escape')
  await expect(help).toBeFocused()
  await expect(help).toHaveAttribute('aria-expanded', 'false')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })

  test('full screen, no zoom on focus, the composer stays above the keyboard', async ({
    page,
    baseURL,
  }) => {
    await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
    await page.goto('http://shop.example/')
    await launcher(page).tap()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 667 })
    const box = page.getByRole('textbox', { name: 'Message' })
    // iOS zooms into inputs whose text is smaller than 16px.
    expect(
      await box.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(16)
    // The on-screen keyboard shrinks the visual viewport; the window follows it.
    await page.evaluate(() => {
      const vv = window.visualViewport as VisualViewport
      Object.defineProperty(vv, 'height', { value: 367, configurable: true })
      vv.dispatchEvent(new Event('resize'))
    })
    await expect.poll(async () => (await dialog.boundingBox())?.height).toBe(367)
    const composer = await box.boundingBox()
    expect((composer?.y ?? 0) + (composer?.height ?? 0)).toBeLessThanOrEqual(367)
    await box.fill('When are you open?')
    await page.getByRole('button', { name: 'Send' }).tap()
    await expect(page.locator('[data-faq-id="hours"]')).toBeVisible()
  })
})

test('theming from data attributes: colour, position, offset, launcher text, dark', async ({
  page,
  baseURL,
}) => {
  await serveShop(page, 'http://shop.example', {
    '/': hostPage(
      widgetTag(baseURL ?? '', {
        'primary-color': '#fde047',
        position: 'left',
        offset: '30 40',
        'launcher-text': 'Chat',
        theme: 'dark',
      }),
    ),
  })
  await page.setViewportSize({ width: 800, height: 600 })
  await page.goto('http://shop.example/')
  const button = launcher(page)
  await expect(button).toContainText('Chat')
  const style = await button.evaluate((el) => {
    const s = getComputedStyle(el)
    return { bg: s.backgroundColor, color: s.color }
  })
  // A light primary colour gets dark text, keeping the contrast readable.
  expect(style).toEqual({ bg: 'rgb(253, 224, 71)', color: 'rgb(0, 0, 0)' })
  const box = await button.boundingBox()
  expect(box?.x).toBe(30)
  expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(600 - 40)
  await openWidget(page)
  const surface = await page
    .getByRole('dialog')
    .evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(surface).toBe('rgb(17, 24, 39)')
})
