import { createChatEngine } from '@chao/core'
import { describe, expect, it, vi } from 'vitest'
import { uploadNotice } from './start-live.ts'
import { UploadError, uploadAttachments } from './upload.ts'

// What the live chat does with a message's files before sending it: local ones (blob:
// URLs) are read and POSTed to the server; the server's attachment replaces them.

const stored = {
  name: 'cat.png',
  type: 'image/png',
  size: 4,
  url: 'https://chat.example/api/v1/uploads/abc/cat.png',
}

function fakeFetch(answer: { status: number; body: unknown }) {
  const posts: { url: string; init: RequestInit }[] = []
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith('blob:')) return new Response(new Blob(['\x89PNG']))
    posts.push({ url, init: init as RequestInit })
    return new Response(JSON.stringify(answer.body), { status: answer.status })
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, posts }
}

const target = (fetch: typeof globalThis.fetch) => ({
  server: 'https://chat.example',
  site: 'shop 1',
  token: async () => 'v1.visitor.shop.sig',
  fetch,
})

describe('uploadAttachments', () => {
  it('uploads local files with the visitor token, keeps the ones already on a server', async () => {
    const { fetch, posts } = fakeFetch({ status: 201, body: stored })
    const remote = { name: 'a.pdf', type: 'application/pdf', size: 9, url: 'https://x.test/a.pdf' }
    const files = await uploadAttachments(target(fetch), [
      { name: 'cát.png', type: 'image/png', size: 4, url: 'blob:https://shop.test/1' },
      remote,
    ])
    expect(files).toEqual([stored, remote])
    expect(posts).toHaveLength(1)
    expect(posts[0]?.url).toBe('https://chat.example/api/v1/sites/shop%201/uploads')
    expect(posts[0]?.init.headers).toEqual({
      authorization: 'Bearer v1.visitor.shop.sig',
      'content-type': 'image/png',
      'x-chao-filename': 'c%C3%A1t.png',
    })
  })

  it("fails with the server's reason, which the visitor reads in their language", async () => {
    const { fetch } = fakeFetch({
      status: 415,
      body: {
        error: 'type_not_allowed',
        message: 'Files of type "image/svg+xml" are not accepted.',
      },
    })
    const error = await uploadAttachments(target(fetch), [
      { name: 'logo.svg', type: 'image/svg+xml', size: 4, url: 'blob:https://shop.test/2' },
    ]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UploadError)
    const engine = createChatEngine({ locale: 'vi', hourOf: () => 9 })
    expect(uploadNotice(engine, error as UploadError)).toBe(
      'Không gửi được logo.svg: Files of type "image/svg+xml" are not accepted.',
    )
  })

  it('says a file picked before a reload must be attached again', async () => {
    const { fetch, posts } = fakeFetch({ status: 201, body: stored })
    const error = await uploadAttachments(target(fetch), [
      { name: 'cv.pdf', type: 'application/pdf', size: 4 },
    ]).catch((e: unknown) => e)
    expect(posts).toEqual([])
    const engine = createChatEngine({ locale: 'en', hourOf: () => 9 })
    expect(uploadNotice(engine, error as UploadError)).toBe(
      'cv.pdf was not sent before the page reloaded: please attach it again.',
    )
  })
})
