import { expect, test } from '@playwright/test'

// What the reference server promises to browsers and monitors.

test('GET /healthz reports the server and its database', async ({ request }) => {
  const res = await request.get('/healthz')
  expect(res.status()).toBe(200)
  expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok' })
})

test('the widget loader is served as JavaScript, cross-origin, with a short cache', async ({
  request,
}) => {
  const res = await request.get('/widget/chao.js', { headers: { Origin: 'http://shop.example' } })
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toMatch(/^text\/javascript/)
  expect(res.headers()['access-control-allow-origin']).toBe('*')
  expect(res.headers()['cache-control']).toMatch(/max-age=300/)
})

test('hashed widget chunks are cached for a year', async ({ page, baseURL }) => {
  const chunks: { url: string; cache: string | undefined; type: string | undefined }[] = []
  page.on('response', (r) => {
    if (/\/widget\/chunks\//.test(r.url())) {
      chunks.push({
        url: r.url(),
        cache: r.headers()['cache-control'],
        type: r.headers()['content-type'],
      })
    }
  })
  await page.goto(baseURL ?? '/')
  await page.getByRole('button', { name: 'Mở trò chuyện' }).click()
  await expect(page.getByRole('log')).toBeVisible()
  expect(chunks.length).toBeGreaterThan(0)
  for (const c of chunks) {
    expect(c.cache).toContain('immutable')
    expect(c.type).toMatch(/^text\/javascript/)
  }
})
