import { expect, type Page, test } from '@playwright/test'
import { ask } from './support.ts'
import { hostPage, openWidget, serveShop, widgetTag } from './widget-support.ts'

// The host page's CSS must not change the open widget, and the widget's CSS must not change
// the page: computed styles are compared with and without an aggressive global reset.

const HOSTILE = [
  `<style>* { all: unset !important; } div { display: none } button { font-size: 40px }</style>`,
  `<style>
    * { box-sizing: content-box; font: italic 30px 'Comic Sans MS', cursive; color: lime;
        line-height: 3; letter-spacing: 4px; direction: rtl; text-transform: uppercase }
    div, section, p, textarea, ul, li { display: none !important; position: static !important }
    button { background: red !important; padding: 30px; border: 5px solid blue }
    chao-widget { display: none; opacity: .1; transform: scale(.5) }
  </style>`,
]

/** Computed styles of the widget's parts, as the visitor sees them. */
async function widgetLook(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('chao-widget')?.shadowRoot
    const pick = (selector: string) => {
      const el = root?.querySelector(selector)
      if (!el) return null
      const s = getComputedStyle(el)
      const r = el.getBoundingClientRect()
      return [
        s.display,
        s.fontFamily,
        s.fontSize,
        s.color,
        s.backgroundColor,
        s.textTransform,
        s.letterSpacing,
        s.direction,
        Math.round(r.width),
        Math.round(r.height),
      ].join('|')
    }
    return [
      '.chao-launcher',
      '.chao-window',
      '.chao-header',
      '.chao-log',
      '.chao-bubble',
      '.chao-input',
      '.chao-send',
      '.chao-reply',
    ].map(pick)
  })
}

const pageLook = (page: Page) =>
  page.evaluate(() =>
    ['h1', '#host-button', 'p', 'body'].map((selector) => {
      const s = getComputedStyle(document.querySelector(selector) as Element)
      return [s.display, s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.margin].join('|')
    }),
  )

async function chatted(page: Page) {
  await openWidget(page)
  await ask(page, 'When are you open?', 'en')
}

test('a hostile page does not restyle the widget, and the widget does not restyle the page', async ({
  page,
  baseURL,
}) => {
  const tag = widgetTag(baseURL ?? '')
  await page.setViewportSize({ width: 1000, height: 800 })
  const pages: Record<string, string> = { '/bare': hostPage(''), '/ref': hostPage(tag) }
  HOSTILE.forEach((css, i) => {
    pages[`/hostile-${i}`] = hostPage(tag, css)
    pages[`/hostile-bare-${i}`] = hostPage('', css)
  })
  await serveShop(page, 'http://shop.example', pages)

  await page.goto('http://shop.example/bare')
  const bare = await pageLook(page)
  await page.goto('http://shop.example/ref')
  await chatted(page)
  const reference = await widgetLook(page)
  expect(reference.every((look) => look !== null)).toBe(true)
  expect(await pageLook(page)).toEqual(bare) // the open widget changed nothing on the page

  for (let i = 0; i < HOSTILE.length; i++) {
    await page.evaluate(() => (window as unknown as { Chao: (c: string) => void }).Chao('reset'))
    await page.goto(`http://shop.example/hostile-bare-${i}`)
    const hostileAlone = await pageLook(page)
    await page.goto(`http://shop.example/hostile-${i}`)
    await chatted(page)
    expect(await widgetLook(page)).toEqual(reference)
    expect(await pageLook(page)).toEqual(hostileAlone)
  }
})
