import { describe, expect, it } from 'vitest'
import { createSqliteStore } from './sqlite-store.ts'

describe('visitor pages (migration 6)', () => {
  it('keeps page views newest first, a reload once, and names the visitors it knows', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const { id } = await store.createVisitor('demo')
    const view = (url: string, viewedAt: number) =>
      store.addVisitorPage(id, { url, title: url.slice(-8), viewedAt })
    await view('https://shop.example/', 1000)
    await view('https://shop.example/pricing', 2000)
    await view('https://shop.example/pricing', 3000)
    await view('https://shop.example/checkout', 4000)
    expect((await store.listVisitorPages(id, 10)).map((p) => [p.url, p.viewedAt])).toEqual([
      ['https://shop.example/checkout', 4000],
      ['https://shop.example/pricing', 2000],
      ['https://shop.example/', 1000],
    ])
    expect(await store.listVisitorPages(id, 1)).toHaveLength(1)
    expect(await store.visitorSummaries([id, 'nobody'])).toEqual([{ id, name: null, email: null }])
    expect(await store.visitorSummaries([])).toEqual([])
    await store.close()
  })
})
