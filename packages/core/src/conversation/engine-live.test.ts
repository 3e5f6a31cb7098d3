import { atom } from 'nanostores'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { catalogs } from '../i18n/translate.ts'
import { type ChatEngineOptions, createChatEngine } from './engine.ts'
import type { ConversationMessage } from './types.ts'

function setup(options: Partial<ChatEngineOptions> = {}) {
  let id = 0
  let now = 1_000
  return createChatEngine({
    locale: 'en',
    clock: () => now++,
    createId: () => `m${++id}`,
    hourOf: () => 15,
    ...options,
  })
}

const agent = (id: string, text: string): ConversationMessage => ({
  id,
  author: 'agent',
  text,
  createdAt: 5_000,
  sender: { name: 'Lan', avatar: 'https://cdn.example/lan.png' },
})

afterEach(() => vi.useRealTimers())

describe('actions the connector calls', () => {
  test('receiveMessage appends once per id, and clears the agent typing', () => {
    const chat = setup()
    chat.setTyping('agent', true, 'Lan')
    expect(chat.$typing.get()).toEqual({ author: 'agent', name: 'Lan' })
    chat.receiveMessage(agent('a1', 'Hello!'))
    chat.receiveMessage(agent('a1', 'Hello!'))
    expect(chat.$messages.get()).toHaveLength(1)
    expect(chat.$typing.get()).toBeNull()
    chat.receiveMessage({ id: 's1', author: 'system', text: 'Lan joined', createdAt: 5_001 })
    expect(chat.$messages.get().map((m) => m.author)).toEqual(['agent', 'system'])
  })

  test('unread counts bot and agent messages while closed; opening reads them', () => {
    const chat = setup()
    const counts: number[] = []
    chat.on('unread', (n) => counts.push(n))
    chat.receiveMessage(agent('a1', 'one'))
    chat.receiveMessage({ id: 's1', author: 'system', text: 'Lan joined', createdAt: 1 })
    chat.receiveMessage(agent('a2', 'two'))
    expect(chat.$unread.get()).toBe(2)
    chat.openWidget()
    expect(chat.$unread.get()).toBe(0)
    chat.receiveMessage(agent('a3', 'seen at once'))
    expect(chat.$unread.get()).toBe(0)
    chat.closeWidget()
    chat.receiveMessage(agent('a4', 'later'))
    expect(chat.$unread.get()).toBe(1)
    expect(counts).toEqual([1, 2, 0, 1])
  })

  test('setMessageStatus and setTeamStatus update their stores', () => {
    const chat = setup()
    chat.sendMessage('hi')
    chat.setMessageStatus('m1', 'failed')
    expect(chat.$messages.get()[0]?.status).toBe('failed')
    expect(chat.$teamOnline.get()).toBeNull()
    chat.setTeamStatus(false)
    expect(chat.$teamOnline.get()).toBe(false)
  })

  test('the connection store is the injected one', () => {
    const connection = atom<'online' | 'offline'>('online')
    const chat = setup({ connection })
    connection.set('offline')
    expect(chat.$connection.get()).toBe('offline')
    expect(setup().$connection.get()).toBe('idle')
  })
})

describe('delivery through a transport', () => {
  test('sending → sent when the transport resolves', async () => {
    const deliver = vi.fn(async () => {})
    const chat = setup({ deliver })
    chat.sendMessage('hello')
    expect(chat.$messages.get()[0]?.status).toBe('sending')
    await vi.waitFor(() => expect(chat.$messages.get()[0]?.status).toBe('sent'))
    expect(deliver).toHaveBeenCalledWith(expect.objectContaining({ id: 'm1', text: 'hello' }))
  })

  test('failed, then retry delivers the same message (same id) once', async () => {
    let fail = true
    const deliver = vi.fn(async (_message: ConversationMessage) => {
      if (fail) throw new Error('offline')
    })
    const chat = setup({ deliver })
    const errors: string[] = []
    chat.on('error', (e) => errors.push(e.message))
    chat.sendMessage('hello')
    await vi.waitFor(() => expect(chat.$messages.get()[0]?.status).toBe('failed'))
    expect(errors[0]).toContain('offline')
    fail = false
    chat.retryMessage('m1')
    expect(chat.$messages.get()[0]?.status).toBe('sending')
    await vi.waitFor(() => expect(chat.$messages.get()[0]?.status).toBe('sent'))
    expect(deliver.mock.calls.map(([m]) => m.id)).toEqual(['m1', 'm1'])
    chat.retryMessage('m1') // not failed: nothing to do
    expect(deliver).toHaveBeenCalledTimes(2)
  })

  test('after a handoff the bot stays quiet and the handoff event fires once', () => {
    const chat = setup()
    const handoffs = vi.fn()
    chat.on('handoff', handoffs)
    chat.requestHuman()
    chat.requestHuman()
    chat.sendMessage('I want a person')
    expect(chat.$messages.get().map((m) => m.author)).toEqual(['system', 'visitor'])
    expect(handoffs).toHaveBeenCalledTimes(1)
  })
})

describe('bot typing', () => {
  test('shows the bot typing for botDelay, then answers', () => {
    vi.useFakeTimers()
    const chat = setup({ botDelay: 400 })
    chat.sendMessage('hi')
    expect(chat.$typing.get()).toEqual({ author: 'bot', name: 'Assistant' })
    expect(chat.$messages.get()).toHaveLength(1)
    vi.advanceTimersByTime(400)
    expect(chat.$typing.get()).toBeNull()
    expect(chat.$messages.get()[1]?.text).toBe(catalogs.en['bot.noKnowledge'])
  })
})

describe('visitor and page API', () => {
  test('identify keeps valid fields, reports the others, and personalises the greeting', () => {
    const report = vi.fn()
    const chat = setup({ report })
    chat.identify({
      id: 42 as unknown as string,
      name: ' Lan ',
      email: 'nope',
      phone: '0912345678',
    })
    expect(chat.$visitor.get()).toEqual({ id: '42', name: 'Lan', phone: '+84912345678' })
    expect(report).toHaveBeenCalledWith(expect.stringContaining('email "nope" is not valid'))
    chat.openWidget()
    expect(chat.$messages.get()[0]?.text).toMatch(/^Good afternoon, Lan! 👋/)
  })

  test('setAttributes, track, setPage, rate emit and validate', () => {
    const report = vi.fn()
    const chat = setup({ report })
    const seen: unknown[] = []
    chat.on('track', (e) => seen.push(e))
    chat.on('page', (e) => seen.push(e))
    chat.on('rated', (e) => seen.push(e))
    chat.setAttributes({ plan: 'pro', seats: 3, bad: { x: 1 } as never })
    expect(chat.$attributes.get()).toEqual({ plan: 'pro', seats: 3 })
    chat.track('added-to-cart', { sku: 'A1' })
    chat.track('')
    chat.setPage('https://shop.example/cart', 'Cart')
    chat.setPage('https://shop.example/cart', 'Cart')
    chat.rate(5, 'great')
    chat.rate(9)
    expect(seen).toEqual([
      { name: 'added-to-cart', data: { sku: 'A1' } },
      { url: 'https://shop.example/cart', title: 'Cart' },
      { score: 5, comment: 'great' },
    ])
    expect(report).toHaveBeenCalledTimes(3)
  })

  test('reset forgets the visitor and the conversation, and greets again', () => {
    const chat = setup()
    chat.identify({ name: 'Lan' })
    chat.openWidget()
    chat.sendMessage('hi')
    chat.reset()
    expect(chat.$messages.get()).toEqual([])
    expect(chat.$visitor.get()).toEqual({})
    expect(chat.$open.get()).toBe(false)
    chat.openWidget()
    expect(chat.$messages.get()[0]?.text).toMatch(/^Good afternoon! 👋/)
  })

  test('a listener that throws does not stop the chat', () => {
    const report = vi.fn()
    const chat = setup({ report })
    chat.on('open', () => {
      throw new Error('page bug')
    })
    chat.openWidget()
    expect(chat.$open.get()).toBe(true)
    expect(report).toHaveBeenCalledWith(expect.stringContaining('page bug'))
  })
})

describe('attachments, pre-chat form and bot-collected contact details', () => {
  const policy = { accept: ['image/*', '.pdf'], maxSize: 1024 * 1024 }

  test('accepted files are sent; rejected ones get a clear notice', () => {
    const chat = setup({ attachments: policy })
    chat.attachFiles([
      { name: 'cat.png', type: 'image/png', size: 2048 },
      { name: 'big.pdf', type: 'application/pdf', size: 5 * 1024 * 1024 },
    ])
    expect(chat.$messages.get()[0]?.attachments).toEqual([
      { name: 'cat.png', type: 'image/png', size: 2048 },
    ])
    expect(chat.$notice.get()).toBe('big.pdf cannot be sent: it is larger than 1 MB.')
    chat.attachFiles([{ name: 'run.exe', type: 'application/x-msdownload', size: 10 }])
    expect(chat.$notice.get()).toBe(
      'run.exe cannot be sent: only image/*, .pdf files are accepted.',
    )
    chat.dismissNotice()
    expect(setup().attachFiles([{ name: 'a.png', type: 'image/png', size: 1 }])).toBeUndefined()
  })

  test('the pre-chat form validates every field, then lets the visitor chat', () => {
    const chat = setup({ preChat: { fields: ['name', 'phone'], via: 'form' } })
    expect(chat.$preChatPending.get()).toBe(true)
    expect(chat.submitPreChat({ name: '', phone: '12' })).toEqual({
      name: catalogs.en['invalid.name'],
      phone: catalogs.en['invalid.phone'],
    })
    expect(chat.submitPreChat({ name: 'Lan', phone: '0912 345 678' })).toBeNull()
    expect(chat.$visitor.get()).toEqual({ name: 'Lan', phone: '+84912345678' })
    expect(chat.$preChatPending.get()).toBe(false)
  })

  test('the bot asks for the missing fields one by one and validates the answers', () => {
    const chat = setup({ preChat: { fields: ['name', 'email'], via: 'bot' } })
    chat.identify({ name: 'Lan' })
    chat.openWidget()
    const texts = () => chat.$messages.get().map((m) => m.text)
    expect(texts().at(-1)).toBe(catalogs.en['ask.email'])
    chat.sendMessage('not an email')
    expect(texts().at(-1)).toBe(catalogs.en['invalid.email'])
    chat.sendMessage('Lan@Example.com')
    expect(texts().at(-1)).toBe(catalogs.en['ask.thanks'])
    expect(chat.$visitor.get().email).toBe('lan@example.com')
    chat.sendMessage('What now?')
    expect(texts().at(-1)).toBe(catalogs.en['bot.noKnowledge'])
  })
})

describe('attachTransport (a backend plugged in after creation)', () => {
  test('routes later visitor messages through deliver and follows the link state', async () => {
    const chat = setup()
    chat.sendMessage('before')
    expect(chat.$messages.get()[0]?.status).toBe('sent')
    const link = atom<'idle' | 'online' | 'offline'>('online')
    const deliver = vi.fn(() => Promise.reject(new Error('down')))
    const detach = chat.attachTransport({ deliver, connection: link })
    expect(chat.$connection.get()).toBe('online')
    link.set('offline')
    expect(chat.$connection.get()).toBe('offline')
    chat.requestHuman()
    chat.sendMessage('after')
    const sent = chat.$messages.get().find((m) => m.text === 'after')
    expect(deliver).toHaveBeenCalledWith(expect.objectContaining({ text: 'after' }))
    await Promise.resolve()
    await Promise.resolve()
    expect(chat.$messages.get().find((m) => m.id === sent?.id)?.status).toBe('failed')
    detach()
    expect(chat.$connection.get()).toBe('idle')
    link.set('online')
    expect(chat.$connection.get()).toBe('idle')
  })
})
