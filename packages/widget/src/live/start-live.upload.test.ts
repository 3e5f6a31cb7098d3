import type { Connector } from '@chao/connector'
import { createChatEngine } from '@chao/core'
import { atom } from 'nanostores'
import { afterEach, expect, test, vi } from 'vitest'
import { startLive } from './start-live.ts'

// The live chat's delivery of files: a picked file (blob: URL) is uploaded with the visitor
// token, then sent as the server's attachment; messages keep their order behind an upload;
// a refused upload marks the message failed and tells the visitor why.

afterEach(() => vi.unstubAllGlobals())

function fakeConnector() {
  const send = vi.fn((text: string, options?: { clientId?: string }) => ({
    clientId: options?.clientId ?? 'x',
    text,
    createdAt: 1,
  }))
  const connector = {
    $connection: atom('online'),
    send,
    sendFrame: vi.fn(() => true),
    pending: () => [],
    session: () => ({ token: 'v1.visitor.demo.sig' }),
    on: () => () => {},
    hold: vi.fn(),
    destroy: vi.fn(),
  } as unknown as Connector
  return { connector, send }
}

function live(fetch: (url: string, init?: RequestInit) => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(fetch))
  const engine = createChatEngine({
    locale: 'en',
    attachments: { accept: ['image/*', '.pdf'], maxSize: 1_000_000 },
  })
  const fake = fakeConnector()
  startLive(engine, {
    server: 'https://chat.example',
    site: 'demo',
    storageKey: 'chao',
    storage: null,
    request: false,
    report: () => {},
    connector: fake.connector,
  })
  return { engine, ...fake }
}

const stored = { name: 'cat.png', type: 'image/png', size: 4, url: 'https://chat.example/u/1' }

test('uploads a picked file, sends the stored attachment, and keeps later messages behind it', async () => {
  let release = () => {}
  const { engine, send } = live(async (url, init) => {
    if (url.startsWith('blob:')) return new Response(new Blob(['\x89PNG']))
    expect(init?.headers).toMatchObject({ authorization: 'Bearer v1.visitor.demo.sig' })
    await new Promise<void>((resolve) => {
      release = resolve
    })
    return new Response(JSON.stringify(stored), { status: 201 })
  })
  engine.attachFiles([{ name: 'cat.png', type: 'image/png', size: 4, url: 'blob:https://s/1' }])
  engine.sendMessage('Here it is')
  await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2))
  expect(send).not.toHaveBeenCalled()
  release()
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2))
  expect(send.mock.calls[0]?.[1]).toMatchObject({ attachments: [stored] })
  expect(send.mock.calls[1]?.[0]).toBe('Here it is')
})

test('a refused upload: the message is not sent, and the notice says why', async () => {
  const { engine, send } = live(async (url) => {
    if (url.startsWith('blob:')) return new Response(new Blob(['%PDF']))
    return new Response(
      JSON.stringify({ error: 'file_too_large', message: 'Files may be at most 10 MB.' }),
      { status: 413 },
    )
  })
  engine.attachFiles([
    { name: 'big.pdf', type: 'application/pdf', size: 4, url: 'blob:https://s/2' },
  ])
  await vi.waitFor(() =>
    expect(engine.$notice.get()).toBe('big.pdf could not be sent: Files may be at most 10 MB.'),
  )
  await vi.waitFor(() => expect(engine.$messages.get().at(-1)?.status).toBe('failed'))
  expect(send).not.toHaveBeenCalled()
})

test("once uploaded, the visitor's own message holds the server's copy (a PDF gets a link)", async () => {
  const pdf = { name: 'quote.pdf', type: 'application/pdf', size: 5, url: 'blob:https://s/3' }
  const onServer = { ...pdf, url: 'https://chat.example/api/v1/uploads/abc/quote.pdf' }
  const { engine, send } = live(async (url) =>
    url.startsWith('blob:')
      ? new Response(new Blob(['%PDF-']))
      : new Response(JSON.stringify(onServer), { status: 201 }),
  )
  engine.attachFiles([pdf])
  await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1))
  expect(engine.$messages.get().at(-1)?.attachments).toEqual([onServer])
})
