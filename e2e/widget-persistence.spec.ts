import { expect, test } from '@playwright/test'
import { ask } from './support.ts'
import {
  hostPage,
  launcher,
  openWidget,
  serveShop,
  storedState,
  widgetBooted,
  widgetTag,
} from './widget-support.ts'

// What survives a reload and a navigation, what two tabs share, and what is stored before
// consent: nothing.

const bubbles = (page: import('@playwright/test').Page) =>
  page.locator('[data-author]').evaluateAll((els) => els.map((el) => el.textContent?.trim()))

test('the conversation and the open window survive a reload and a navigation within the site', async ({
  page,
  baseURL,
}) => {
  const tag = widgetTag(baseURL ?? '')
  await serveShop(page, 'http://shop.example', {
    '/': hostPage(`<a href="/cart">Cart</a>${tag}`),
    '/cart': hostPage(tag),
  })
  await page.goto('http://shop.example/')
  await openWidget(page)
  await ask(page, 'When are you open?', 'en')
  const before = await bubbles(page)
  expect(before).toHaveLength(3) // greeting, question, answer

  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible() // still open
  await expect.poll(() => bubbles(page)).toEqual(before)

  await page.getByRole('textbox', { name: 'Message' }).press('Escape')
  await page.goto('http://shop.example/cart')
  await widgetBooted(page)
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeHidden() // closed, as left
  await launcher(page).click()
  await expect.poll(() => bubbles(page)).toEqual(before)
  expect(await ask(page, 'How long does shipping take?', 'en')).toBe('Two to four days.')

  // Only the declared keys are stored.
  const state = await storedState(page)
  expect(state.local).toEqual(['chao:conversation'])
  expect(state.session).toEqual(['chao:open'])
  expect(state.cookies).toBe(0)
})

test('two tabs of the site show the same conversation and stay in sync', async ({
  context,
  baseURL,
}) => {
  const first = await context.newPage()
  await serveShop(first, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  const second = await context.newPage()
  await first.goto('http://shop.example/')
  await second.goto('http://shop.example/')
  await widgetBooted(second)

  await openWidget(first)
  await ask(first, 'When are you open?', 'en')
  // Read in the first tab, so read in the second: no badge there.
  await expect(launcher(second)).toHaveAccessibleName('Open chat')
  await launcher(second).click()
  await expect.poll(() => bubbles(second)).toEqual(await bubbles(first))

  await ask(second, 'How long does shipping take?', 'en')
  await expect.poll(() => bubbles(first)).toEqual(await bubbles(second))
})

test('consent required: nothing is stored before Chao("consent"), even while chatting', async ({
  page,
  baseURL,
}) => {
  await serveShop(page, 'http://shop.example', {
    '/': hostPage(widgetTag(baseURL ?? '', { consent: 'required' })),
  })
  await page.goto('http://shop.example/')
  await openWidget(page)
  await ask(page, 'When are you open?', 'en')
  const before = await bubbles(page)
  expect(await storedState(page)).toEqual({ local: [], session: [], cookie: '', cookies: 0 })

  await page.evaluate(() => (window as unknown as { Chao: (c: string) => void }).Chao('consent'))
  await expect.poll(async () => (await storedState(page)).local).toEqual(['chao:conversation'])
  await page.reload()
  // After a reload, the site must say consent again before anything is read back.
  await widgetBooted(page)
  await page.evaluate(() => (window as unknown as { Chao: (c: string) => void }).Chao('consent'))
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible()
  await expect.poll(() => bubbles(page)).toEqual(before)
})

test('implicit consent: nothing is stored until the visitor interacts with the widget', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await widgetBooted(page)
  await launcher(page).hover() // intent loads the chat, but is not an interaction
  await expect.poll(() => requests.some((url) => url.endsWith('/faq.json'))).toBe(true)
  expect(await storedState(page)).toEqual({ local: [], session: [], cookie: '', cookies: 0 })
  // No live connection either: nothing but files and the site config were requested.
  expect(requests.filter((url) => /socket\.io|\/ws\b|eventsource/.test(url))).toEqual([])
  await launcher(page).click()
  await expect.poll(async () => (await storedState(page)).local).toEqual(['chao:conversation'])
})

test('reset logs the visitor out: identity and history are forgotten on this device', async ({
  page,
  baseURL,
}) => {
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await widgetBooted(page)
  await page.evaluate(() =>
    (window as unknown as { Chao: (...a: unknown[]) => void }).Chao('identify', { name: 'Lan' }),
  )
  await launcher(page).click()
  await expect(page.locator('[data-author="bot"]').first()).toContainText(', Lan! 👋')
  await page.evaluate(() => (window as unknown as { Chao: (c: string) => void }).Chao('reset'))
  await expect.poll(async () => (await storedState(page)).local).toEqual([])
  await launcher(page).click()
  await expect(page.locator('[data-author="bot"]').first()).not.toContainText('Lan')
})
