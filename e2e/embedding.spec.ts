import { expect, test } from '@playwright/test'
import { ask, openChat, servePage, serveSite } from './support.ts'

// The widget embedded on other origins, the way customers' websites load it: the pages
// live on made-up origins served by the test, the widget comes from the real server.

test('the script-tag example works cross-origin', async ({ page, baseURL }) => {
  await serveSite(page, 'http://bookshop.example', 'examples/script-tag', (html) =>
    html.replaceAll('http://localhost:3000', baseURL ?? ''),
  )
  await page.goto('http://bookshop.example/')
  await openChat(page, 'en')
  expect(await ask(page, 'Do you ship abroad?', 'en')).toContain('40 countries')
  expect(await ask(page, 'khi nao cua hang mo cua', 'en')).toContain('8:00–21:00')
})

test('the npm + Vite example works from its production build', async ({ page }) => {
  await serveSite(page, 'http://app.example', 'examples/npm-vite/dist')
  await page.goto('http://app.example/')
  await openChat(page, 'en')
  expect(await ask(page, 'How do I reset my password?', 'en')).toContain('Forgot password')
})

test('the <chao-chat> custom element works inside a React app, without a wrapper', async ({
  page,
}) => {
  await serveSite(page, 'http://react.example', 'examples/react-custom-element/dist')
  await page.goto('http://react.example/')
  // mode="inline": the chat fills its box in the page, with no launcher.
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open chat' })).toHaveCount(0)
  expect(await ask(page, 'how do i get a refund', 'en')).toContain('5–7 business days')
})

const widgetTag = (origin: string) =>
  `<script src="${origin}/widget/chao.js" data-server="${origin}" data-locale="en" async></script>`

const hostPage = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${head}</head>` +
  `<body><h1>Host page</h1><button id="host-button">Host button</button><p>Text</p>${body}</body></html>`

test('the widget adds one host element with an open shadow root and no global but Chao', async ({
  page,
  baseURL,
}) => {
  const origin = baseURL ?? ''
  await servePage(page, 'http://plain.example/', hostPage('', ''))
  await page.goto('http://plain.example/')
  const bare = await page.evaluate(() => Object.getOwnPropertyNames(window))

  await servePage(page, 'http://host.example/', hostPage('', widgetTag(origin)))
  await page.goto('http://host.example/')
  await openChat(page, 'en')
  const withWidget = await page.evaluate(() => Object.getOwnPropertyNames(window))
  expect(withWidget.filter((k) => !bare.includes(k))).toEqual(['Chao'])

  const host = await page.evaluate(() => {
    const added = [...document.body.children].filter(
      (el) => !['H1', 'BUTTON', 'P', 'SCRIPT'].includes(el.tagName),
    )
    return added.map((el) => ({ tag: el.tagName, shadow: el.shadowRoot?.mode ?? null }))
  })
  expect(host).toEqual([{ tag: expect.any(String), shadow: 'open' }])
})

const hostileCss = `<style>
  * { all: unset; font-family: 'Comic Sans MS', cursive !important; color: lime; }
  div, span, textarea { display: none; }
  button { background: red !important; font-size: 40px; padding: 30px; border: 5px solid blue; }
</style>`

test('host page CSS does not change the widget, and the widget does not change the page', async ({
  page,
  baseURL,
}) => {
  const origin = baseURL ?? ''
  const launcherStyle = () =>
    page.getByRole('button', { name: 'Open chat' }).evaluate((el) => {
      const s = getComputedStyle(el)
      const r = el.getBoundingClientRect()
      return {
        bg: s.backgroundColor,
        font: s.fontFamily,
        w: Math.round(r.width),
        h: Math.round(r.height),
        border: s.borderTopWidth,
        pos: getComputedStyle(
          el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el,
        ).position,
      }
    })
  const hostButtonStyle = () =>
    page.locator('#host-button').evaluate((el) => {
      const s = getComputedStyle(el)
      return [s.backgroundColor, s.fontFamily, s.fontSize, s.padding, s.color, s.display].join('|')
    })

  // Reference: a plain page with the widget; and the plain page's own styles without it.
  await servePage(page, 'http://plain.example/', hostPage('', ''))
  await page.goto('http://plain.example/')
  const pageAlone = await hostButtonStyle()
  await servePage(page, 'http://ref.example/', hostPage('', widgetTag(origin)))
  await page.goto('http://ref.example/')
  const reference = await launcherStyle()
  expect(await hostButtonStyle()).toEqual(pageAlone)

  // A hostile page: a global reset, `div { display: none }`, loud button styles.
  await servePage(page, 'http://hostile.example/', hostPage(hostileCss, widgetTag(origin)))
  await page.goto('http://hostile.example/')
  expect(await launcherStyle()).toEqual(reference)
  await openChat(page, 'en')
  await expect(page.getByRole('log')).toBeVisible()
  expect(await ask(page, 'hello', 'en')).not.toEqual('')
})
