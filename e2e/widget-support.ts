import { expect, type Page } from '@playwright/test'

// Helpers for the widget's end-to-end specs (e2e/widget-*.spec.ts). Customer sites are
// simulated on made-up origins; the widget itself comes from the real test server.

export const FAQ = JSON.stringify({
  entries: [
    {
      id: 'hours',
      questions: ['What are your opening hours?', 'When are you open?'],
      answer:
        'We are open **8:00–21:00**, every day. See [our stores](https://shop.example/stores).',
      followUps: ['shipping'],
    },
    { id: 'shipping', questions: ['How long does shipping take?'], answer: 'Two to four days.' },
    {
      id: 'evil',
      questions: ['Show me the evil answer'],
      answer:
        'Evil <img src="x" onerror="window.__pwned = 1"> [click](javascript:window.__pwned=2) ' +
        '<script>window.__pwned = 3</script><a href="https://ok.example/" onclick="window.__pwned = 4">ok</a> ' +
        '<iframe src="https://evil.example"></iframe><p style="position:fixed" onmouseover="window.__pwned=5">styled</p>',
    },
  ],
})

/** The script tag with its data attributes (`{ locale: 'en' }` → `data-locale="en"`). */
export function widgetTag(server: string, data: Record<string, string> = {}): string {
  const attrs = Object.entries({ locale: 'en', faq: '/faq.json', ...data })
    .map(([key, value]) => ` data-${key}="${value}"`)
    .join('')
  return `<script src="${server}/widget/chao.js"${attrs} async></script>`
}

export const hostPage = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title>${head}</head>` +
  `<body><h1>Shop</h1><button id="host-button">Host button</button><p>Text</p>${body}</body></html>`

/**
 * Serves a customer site at `origin`: each path of `pages` is an HTML page, `/faq.json`
 * the FAQ above (unless overridden), anything else a 404.
 */
export async function serveShop(
  page: Page,
  origin: string,
  pages: Record<string, string>,
  files: Record<string, string> = { '/faq.json': FAQ },
) {
  await page.context().route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (pages[path] !== undefined) {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: pages[path],
      })
    }
    if (files[path] !== undefined) {
      return route.fulfill({ status: 200, contentType: 'application/json', body: files[path] })
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
  })
}

/** Everything the widget could have stored: Web Storage of the page's origin and cookies. */
export async function storedState(page: Page) {
  const cookies = await page.context().cookies()
  const storage = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
  }))
  return { ...storage, cookies: cookies.length }
}

export const launcher = (page: Page, name = 'Open chat') =>
  page.getByRole('button', { name, exact: false })

/** Waits until the loader handed over to the controller (window.Chao is the full API). */
export async function widgetBooted(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        // The loader's window.Chao only queues (it has `q`, like the snippet's stub).
        const chao = (window as { Chao?: { q?: unknown } }).Chao
        return typeof chao === 'function' && !('q' in chao)
      }),
    )
    .toBe(true)
}

/** Opens the chat from the launcher and waits for the bot's greeting. */
export async function openWidget(page: Page, name = 'Open chat') {
  await launcher(page, name).click()
  await expect(page.locator('[data-author="bot"]').first()).toBeVisible()
}
