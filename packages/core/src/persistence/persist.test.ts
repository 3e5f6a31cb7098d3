import { describe, expect, test, vi } from 'vitest'
import { type ConsentMode, createConsent } from '../consent/consent.ts'
import { createChatEngine } from '../conversation/engine.ts'
import { memoryChannels } from '../sync/channel.ts'
import { persistChat } from './persist.ts'
import { MAX_STORED_MESSAGES } from './serialize.ts'
import { memoryStorage } from './storage.ts'

let ids = 0
/** Writes happen at the end of the task that changed the state. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
/** One "tab": an engine with its own session storage, sharing `local` and `channels`. */
function tab(
  local: ReturnType<typeof memoryStorage>,
  channels = memoryChannels(),
  mode: ConsentMode = 'implicit',
) {
  const engine = createChatEngine({
    locale: 'en',
    createId: () => `m${++ids}`,
    hourOf: () => 10,
  })
  const session = memoryStorage()
  const consent = createConsent(mode)
  const stop = persistChat(engine, {
    key: 'chao',
    consent,
    storage: local,
    session,
    channel: channels,
  })
  return { engine, session, consent, stop }
}

describe('persistChat', () => {
  test('implicit consent: nothing is written until the visitor interacts', async () => {
    const local = memoryStorage()
    const { engine, session } = tab(local)
    engine.identify({ name: 'Lan' })
    engine.receiveMessage({ id: 'p1', author: 'bot', text: 'Need help?', createdAt: 1 })
    await settle()
    expect(local.data.size).toBe(0)
    expect(session.data.size).toBe(0)
    engine.openWidget()
    await settle()
    expect(local.data.has('chao:conversation')).toBe(true)
    expect(session.data.get('chao:open')).toBe('1')
  })

  test('required consent: nothing is read or written before grant, even after interaction', async () => {
    const local = memoryStorage()
    local.setItem(
      'chao:conversation',
      '{"v":1,"messages":[{"id":"old","author":"bot","text":"x","createdAt":0}]}',
    )
    const getItem = vi.spyOn(local, 'getItem')
    const setItem = vi.spyOn(local, 'setItem')
    const { engine, consent } = tab(local, memoryChannels(), 'required')
    engine.openWidget()
    engine.sendMessage('hello')
    await settle()
    expect(getItem).not.toHaveBeenCalled()
    expect(setItem).not.toHaveBeenCalled()
    consent.grant()
    // The stored conversation and the one started before consent are merged and saved.
    expect(engine.$messages.get().map((m) => m.id)[0]).toBe('old')
    expect(JSON.parse(local.getItem('chao:conversation') ?? '').messages).toHaveLength(4)
  })

  test('a reload restores the declared state and the open window of this tab', async () => {
    const local = memoryStorage()
    const first = tab(local)
    first.engine.identify({ name: 'Lan', hash: 'secret-hmac' })
    first.engine.openWidget()
    first.engine.sendMessage('hi')
    await settle()
    const stored = JSON.parse(local.getItem('chao:conversation') ?? '')
    expect(Object.keys(stored).sort()).toEqual([
      'messages',
      'mode',
      'readUpTo',
      'session',
      'v',
      'visitor',
    ])
    expect(stored.visitor).toEqual({ name: 'Lan' }) // never the hash
    first.stop()

    const engine = createChatEngine({ locale: 'en' })
    persistChat(engine, {
      key: 'chao',
      consent: createConsent('implicit'),
      storage: local,
      session: first.session,
    })
    expect(engine.$messages.get()).toEqual(first.engine.$messages.get())
    expect(engine.$visitor.get()).toEqual({ name: 'Lan' })
    expect(engine.$open.get()).toBe(true)
  })

  test('keeps the last messages only, and drops object URLs of attachments', async () => {
    const local = memoryStorage()
    const { engine } = tab(local)
    engine.openWidget()
    for (let i = 0; i < MAX_STORED_MESSAGES + 5; i++) {
      engine.receiveMessage({ id: `a${i}`, author: 'agent', text: `${i}`, createdAt: i })
    }
    engine.receiveMessage({
      id: 'f',
      author: 'visitor',
      text: '',
      createdAt: 999,
      attachments: [{ name: 'a.png', type: 'image/png', size: 3, url: 'blob:x' }],
    })
    await settle()
    const stored = JSON.parse(local.getItem('chao:conversation') ?? '')
    expect(stored.messages).toHaveLength(MAX_STORED_MESSAGES)
    expect(stored.messages.at(-1).attachments).toEqual([
      { name: 'a.png', type: 'image/png', size: 3 },
    ])
  })

  test('two tabs show the same conversation and the same unread count', async () => {
    const local = memoryStorage()
    const channels = memoryChannels()
    const a = tab(local, channels)
    const b = tab(local, channels)
    a.engine.openWidget()
    a.engine.sendMessage('hello from A')
    await settle()
    expect(b.engine.$messages.get()).toEqual(a.engine.$messages.get())
    a.engine.closeWidget()
    a.engine.receiveMessage({ id: 'x1', author: 'agent', text: 'hi', createdAt: 10 })
    await settle()
    expect(b.engine.$unread.get()).toBe(1)
    b.engine.openWidget() // read in B…
    await settle()
    expect(a.engine.$unread.get()).toBe(0) // …is read in A
    expect(a.engine.$open.get()).toBe(false) // but the window state is per tab
    b.engine.sendMessage('and from B')
    await settle()
    expect(a.engine.$messages.get().map((m) => m.text)).toEqual(
      b.engine.$messages.get().map((m) => m.text),
    )
    b.engine.reset()
    await settle()
    expect(a.engine.$messages.get()).toEqual([])
    expect(b.engine.$messages.get()).toEqual([])
    expect(local.data.size).toBe(0)
  })

  test('blocked storage: one report, the chat keeps working in memory', async () => {
    const report = vi.fn()
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
      removeItem: () => {},
    }
    const engine = createChatEngine({ locale: 'en' })
    persistChat(engine, { key: 'k', consent: createConsent(), storage: broken, report })
    engine.openWidget()
    engine.sendMessage('a')
    engine.sendMessage('b')
    await settle()
    expect(report).toHaveBeenCalledTimes(1)
    expect(engine.$messages.get()).toHaveLength(5)
  })
})
