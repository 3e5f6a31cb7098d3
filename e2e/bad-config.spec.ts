import { expect, test } from '@playwright/test'
import { ask, chaoErrors, openChat, servePage } from './support.ts'

// A site owner's mistakes must cost them one clear console error each, never their page.

const page = (script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body>
  <h1>Shop</h1><button id="buy" onclick="this.textContent = 'Bought'">Buy</button>
  ${script}</body></html>`

const validFaq = JSON.stringify({
  entries: [
    { id: 'hours', questions: ['What are your opening hours?'], answer: 'We open at 8:00.' },
  ],
})

test('unknown attributes and values each get one console error; the page keeps working', async ({
  page: p,
  baseURL,
}) => {
  const errors = chaoErrors(p)
  const pageErrors: Error[] = []
  p.on('pageerror', (e) => pageErrors.push(e))
  await servePage(
    p,
    'http://shop.example/',
    page(
      `<script src="${baseURL}/widget/chao.js" data-server="${baseURL}" data-locale="fr" data-colour="red" data-faq="/faq.json" async></script>`,
    ),
    { '/faq.json': validFaq },
  )
  await p.goto('http://shop.example/')
  await openChat(p, 'en') // unsupported locale falls back to the browser's (en-US)
  expect(await ask(p, 'what are your opening hours', 'en')).toContain('8:00')

  expect(errors.filter((e) => e.includes('data-locale') && e.includes('fr'))).toHaveLength(1)
  expect(errors.filter((e) => e.includes('data-colour'))).toHaveLength(1)
  expect(errors).toHaveLength(2)
  expect(pageErrors).toEqual([])
  await p.getByRole('button', { name: 'Buy' }).click()
  await expect(p.locator('#buy')).toHaveText('Bought')
})

test('an unreachable server is reported once; the FAQ bot still answers', async ({
  page: p,
  baseURL,
}) => {
  const errors = chaoErrors(p)
  await servePage(
    p,
    'http://shop.example/',
    // Port 9 (discard) is closed on the test machine: the connection is refused at once.
    page(
      `<script src="${baseURL}/widget/chao.js" data-server="http://127.0.0.1:9" data-locale="en" data-faq="/faq.json" async></script>`,
    ),
    { '/faq.json': validFaq },
  )
  await p.goto('http://shop.example/')
  await openChat(p, 'en')
  expect(await ask(p, 'opening hours?', 'en')).toContain('8:00')
  await expect.poll(() => errors.length).toBe(1)
  expect(errors[0]).toContain('http://127.0.0.1:9')
  await p.getByRole('button', { name: 'Buy' }).click()
  await expect(p.locator('#buy')).toHaveText('Bought')
})

for (const [what, body, mentions] of [
  ['malformed JSON', '{"entries": [{"id": "hours", ', ['/faq.json']],
  [
    'an entry without an answer',
    JSON.stringify({ entries: [{ id: 'hours', questions: ['When do you open?'] }] }),
    ['hours', 'answer'],
  ],
] as const) {
  test(`an FAQ file with ${what} is reported once, and the chat keeps working without a bot`, async ({
    page: p,
    baseURL,
  }) => {
    const errors = chaoErrors(p)
    const pageErrors: Error[] = []
    p.on('pageerror', (e) => pageErrors.push(e))
    await servePage(
      p,
      'http://shop.example/',
      page(
        `<script src="${baseURL}/widget/chao.js" data-server="${baseURL}" data-locale="vi" data-faq="/faq.json" async></script>`,
      ),
      { '/faq.json': body },
    )
    await p.goto('http://shop.example/')
    await openChat(p, 'vi')
    const reply = await ask(p, 'Mấy giờ mở cửa?', 'vi')
    expect(reply).not.toContain('8:00')
    await expect.poll(() => errors.length).toBe(1)
    for (const word of mentions) expect(errors[0]).toContain(word)
    expect(pageErrors).toEqual([])
  })
}
