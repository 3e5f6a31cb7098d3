import { expect, it } from 'vitest'
import { createUploadQuota } from './quota.ts'

// The rate per uploader and per address, and the storage cap per site, on a fake clock.

function quota(perWindow = 2, siteMaxBytes = 100) {
  let now = 1_000_000
  const q = createUploadQuota({ perWindow, windowMs: 60_000, siteMaxBytes, clock: () => now })
  return { q, advance: (ms: number) => (now += ms) }
}

it('refuses an uploader over the rate until the oldest upload leaves the window', () => {
  const { q, advance } = quota()
  expect(q.attempt('visitor:a', '10.0.0.1')).toBeUndefined()
  advance(20_000)
  expect(q.attempt('visitor:a', '10.0.0.1')).toBeUndefined()
  expect(q.attempt('visitor:a', '10.0.0.1')).toEqual({
    error: 'rate_limited',
    retryAfterMs: 40_000,
  })
  // Another visitor from the same address is not held back by the first one's count.
  expect(q.attempt('visitor:b', '10.0.0.1')).toBeUndefined()
  advance(40_000)
  expect(q.attempt('visitor:a', '10.0.0.1')).toBeUndefined()
})

it('limits one address to 5× the rate, whichever visitors it claims to be', () => {
  const { q } = quota(2)
  for (let i = 0; i < 10; i++) expect(q.attempt(`visitor:${i}`, '10.0.0.9')).toBeUndefined()
  expect(q.attempt('visitor:new', '10.0.0.9')).toMatchObject({ error: 'rate_limited' })
  expect(q.attempt('visitor:new', '10.0.0.10')).toBeUndefined()
})

it('caps the bytes a site keeps, recounted from the disk', () => {
  const { q } = quota(2, 100)
  q.recount([{ siteId: 'demo', size: 60 }])
  expect(q.room('demo', 40)).toBeUndefined()
  expect(q.room('demo', 41)).toEqual({ error: 'storage_full', usedBytes: 60 })
  expect(q.room('other', 100)).toBeUndefined()
  q.stored({ siteId: 'demo', size: 40 })
  expect(q.room('demo', 1)).toMatchObject({ error: 'storage_full' })
  q.recount([]) // the sweep deleted them
  expect(q.usedBytes('demo')).toBe(0)
})
