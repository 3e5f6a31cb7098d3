import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { $visitorsChanged } from './live.ts'
import { $liveVisitors, watchLiveVisitors } from './live-visitors.ts'

// The Live visitors list follows the server's `visitors:changed` pushes (here: bumps of
// $visitorsChanged, as live.ts does on the frame), with no polling request in between.

const visitor = (id: string, seconds = 0) => ({
  visitorId: id,
  siteId: 'demo',
  name: null,
  email: null,
  url: 'https://shop.example/',
  title: 'Shop',
  since: 0,
  timeOnSiteSeconds: seconds,
})

let answers: ReturnType<typeof visitor>[][]
let urls: string[]
let release: (() => void)[]

beforeEach(() => {
  vi.useFakeTimers()
  answers = []
  urls = []
  release = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      urls.push(url)
      // Each request waits until the test lets it answer.
      await new Promise<void>((resolve) => release.push(resolve))
      return new Response(JSON.stringify({ visitors: answers.shift() ?? [] }))
    }),
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  $liveVisitors.set([])
})

const answer = async () => {
  release.shift()?.()
  await vi.advanceTimersByTimeAsync(0)
}

describe('watchLiveVisitors', () => {
  it('loads every site the agent serves, then reloads on pushes only, never on a timer', async () => {
    answers.push([visitor('a')], [visitor('a'), visitor('b')])
    const stop = watchLiveVisitors()
    await answer()
    expect(urls).toEqual(['/api/v1/visitors/live'])
    expect($liveVisitors.get().map((v) => v.visitorId)).toEqual(['a'])
    await vi.advanceTimersByTimeAsync(120_000)
    expect(urls).toHaveLength(1)
    $visitorsChanged.set($visitorsChanged.get() + 1)
    await answer()
    expect(urls).toHaveLength(2)
    expect($liveVisitors.get().map((v) => v.visitorId)).toEqual(['a', 'b'])
    stop()
    $visitorsChanged.set($visitorsChanged.get() + 1)
    expect(urls).toHaveLength(2)
  })

  it('coalesces pushes that arrive during a request into one more request', async () => {
    const stop = watchLiveVisitors()
    for (let i = 0; i < 5; i++) $visitorsChanged.set($visitorsChanged.get() + 1)
    await answer()
    await answer()
    await answer()
    expect(urls).toHaveLength(2)
    stop()
  })

  it('advances the time on the site locally between pushes', async () => {
    answers.push([visitor('a', 10)])
    const stop = watchLiveVisitors(30_000)
    await answer()
    expect($liveVisitors.get()[0]?.timeOnSiteSeconds).toBe(10)
    await vi.advanceTimersByTimeAsync(60_000)
    expect($liveVisitors.get()[0]?.timeOnSiteSeconds).toBe(70)
    expect(urls).toHaveLength(1)
    stop()
  })
})
