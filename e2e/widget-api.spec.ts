import { expect, test } from '@playwright/test'
import { ask } from './support.ts'
import { hostPage, openWidget, serveShop, widgetBooted, widgetTag } from './widget-support.ts'

// window.Chao as a site owner drives it: before the script has loaded, events, SPA
// navigation, and shutdown.

type ChaoPage = Window & { Chao: (...args: unknown[]) => unknown; events: unknown[] }

const STUB =
  '<script>window.Chao = window.Chao || function () { (Chao.q = Chao.q || []).push(arguments) }</script>'

test('calls made before chao.js has loaded are queued by the 2-line stub and replayed', async ({
  page,
  baseURL,
}) => {
  // The widget script is held back until the page has made its calls.
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(`${baseURL}/widget/chao.js`, async (route) => {
    await held
    await route.continue()
  })
  const calls = `<script>
    window.events = []
    Chao('identify', { name: 'Lan', email: 'lan@example.com' })
    Chao('on', 'open', function () { events.push('open') })
    Chao('on', 'message', function (m) { events.push(m.author) })
    Chao('open')
  </script>`
  await serveShop(page, 'http://shop.example', {
    '/': hostPage(STUB + calls + widgetTag(baseURL ?? '')),
  })
  await page.goto('http://shop.example/', { waitUntil: 'domcontentloaded' })
  expect(
    await page.evaluate(() => (window as unknown as { Chao: { q: unknown[] } }).Chao.q.length),
  ).toBe(4)
  release()
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible()
  await expect(page.locator('[data-author="bot"]').first()).toContainText(', Lan! 👋')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as ChaoPage).events))
    .toEqual(['bot', 'open'])
})

test('on returns an unsubscribe function; off and the allow-list work; errors are events', async ({
  page,
  baseURL,
}) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await widgetBooted(page)
  await page.evaluate(() => {
    const w = window as unknown as ChaoPage & { stop: () => void; onClose: () => void }
    w.events = []
    w.stop = w.Chao('on', 'message', (m: { author: string }) =>
      w.events.push(`message:${m.author}`),
    ) as () => void
    w.onClose = () => w.events.push('close')
    w.Chao('on', 'close', w.onClose)
    w.Chao('on', 'error', (e: { message: string }) =>
      w.events.push(`error:${e.message.slice(0, 20)}`),
    )
    w.Chao('on', 'ready', () => w.events.push('ready'))
    w.Chao('on', 'keydown', () => {})
  })
  await openWidget(page)
  await ask(page, 'When are you open?', 'en')
  await page.evaluate(() => {
    const w = window as unknown as ChaoPage & { stop: () => void; onClose: () => void }
    w.stop()
    w.Chao('close')
    w.Chao('off', 'close', w.onClose)
    w.Chao('open')
    w.Chao('close')
  })
  const events = await page.evaluate(() => (window as unknown as ChaoPage).events)
  expect(events.slice(0, 2)).toEqual(['ready', "error:[Chao] Chao('on', ev"])
  expect(events.filter((e) => String(e).startsWith('message:'))).toEqual([
    'message:bot',
    'message:visitor',
    'message:bot',
  ])
  expect(events.filter((e) => e === 'close')).toEqual(['close'])
  expect(errors.filter((e) => e.includes('keydown'))).toHaveLength(1)
})

test('single-page apps: history navigation is noticed without polling', async ({
  page,
  baseURL,
}) => {
  await serveShop(page, 'http://shop.example', { '/': hostPage(widgetTag(baseURL ?? '')) })
  await page.goto('http://shop.example/')
  await widgetBooted(page)
  const pages = await page.evaluate(async () => {
    const w = window as unknown as ChaoPage
    const seen: string[] = []
    w.Chao('on', 'page', (p: { url: string }) => seen.push(new URL(p.url).pathname))
    history.pushState({}, '', '/products/42')
    history.replaceState({}, '', '/products/42?tab=reviews')
    await new Promise((resolve) => setTimeout(resolve, 50))
    return seen
  })
  expect(pages).toEqual(['/products/42', '/products/42'])
})

test('shutdown removes everything the widget added: elements, styles, globals, listeners', async ({
  page,
  baseURL,
}) => {
  const origin = 'http://shop.example'
  await serveShop(page, origin, {
    '/bare': hostPage(''),
    '/': hostPage(widgetTag(baseURL ?? '')),
  })
  const snapshot = async () => {
    const cdp = await page.context().newCDPSession(page)
    const listeners: Record<string, string[]> = {}
    for (const target of ['window', 'document', 'navigation', 'history']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target })
      const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId as string,
      })
      listeners[target] = found.map((l) => l.type).sort()
    }
    const dom = await page.evaluate(() => ({
      html: document.documentElement.outerHTML.replace(/<script[\s\S]*?<\/script>/g, ''),
      globals: Object.getOwnPropertyNames(window).sort(),
      sheets: document.adoptedStyleSheets.length,
      pushState: history.pushState.toString(),
    }))
    await cdp.detach()
    return { listeners, ...dom }
  }
  await page.goto(`${origin}/bare`)
  const bare = await snapshot()
  await page.goto(`${origin}/`)
  await openWidget(page)
  await ask(page, 'When are you open?', 'en')
  await page.evaluate(() => (window as unknown as ChaoPage).Chao('shutdown'))
  const after = await snapshot()
  expect(after.html).toBe(bare.html)
  expect(after.globals).toEqual(bare.globals)
  expect(after.sheets).toBe(bare.sheets)
  expect(after.pushState).toBe(bare.pushState)
  expect(after.listeners).toEqual(bare.listeners)
})
