import { afterEach, describe, expect, it, vi } from 'vitest'
import { $replyFiles, attachReplyFiles, removeReplyFile, takeReplyFiles } from './reply-files.ts'

// An agent's files: uploaded as picked (raw body, name in a header), listed per
// conversation, sent with the next reply; a refused one says why.

afterEach(() => {
  vi.unstubAllGlobals()
  $replyFiles.set({})
})

const pdf = new File(['%PDF-1.4'], 'báo giá.pdf', { type: 'application/pdf' })
const stored = { name: 'báo giá.pdf', type: 'application/pdf', size: 8, url: 'http://x/u/1' }

describe('reply files', () => {
  it('uploads, lists, removes and hands the files to the reply once', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(stored), { status: 201 }))
    vi.stubGlobal('fetch', fetch)
    await attachReplyFiles('c1', 'demo', [pdf])
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/v1/sites/demo/uploads')
    expect(init.headers).toMatchObject({
      'content-type': 'application/pdf',
      'x-chao-filename': 'b%C3%A1o%20gi%C3%A1.pdf',
    })
    expect($replyFiles.get().c1).toEqual({ files: [stored], uploading: 0, error: null })
    expect(takeReplyFiles('c1')).toEqual([stored])
    expect(takeReplyFiles('c1')).toEqual([])
    await attachReplyFiles('c1', 'demo', [pdf])
    removeReplyFile('c1', stored.url)
    expect($replyFiles.get().c1?.files).toEqual([])
  })

  it("shows the server's reason for a refused file", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: 'type_not_allowed',
              message: 'Files of type "x" are not accepted.',
            }),
            { status: 415 },
          ),
      ),
    )
    await attachReplyFiles('c2', 'demo', [pdf])
    expect($replyFiles.get().c2).toEqual({
      files: [],
      uploading: 0,
      error: 'báo giá.pdf: Files of type "x" are not accepted.',
    })
  })
})
