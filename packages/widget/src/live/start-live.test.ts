import type { Connector, ConnectorEvents } from '@chao/connector'
import { createChatEngine } from '@chao/core'
import { atom } from 'nanostores'
import { expect, test, vi } from 'vitest'
import { handoffRequest, startLive } from './start-live.ts'

/** A connector double: records what the live chat sends, lets the test emit events. */
function fakeConnector() {
  const listeners: { [K in keyof ConnectorEvents]?: ConnectorEvents[K][] } = {}
  const sendFrame = vi.fn(() => true)
  const send = vi.fn((text: string, options?: { clientId?: string }) => ({
    clientId: options?.clientId ?? 'x',
    text,
    createdAt: 1,
  }))
  const connector = {
    $connection: atom('online'),
    ready: Promise.resolve(),
    send,
    sendFrame,
    pending: () => [],
    session: () => ({}),
    lastError: () => undefined,
    on(event: keyof ConnectorEvents, listener: never) {
      listeners[event] ??= []
      const list = listeners[event] as unknown[]
      list.push(listener)
      return () => list.splice(list.indexOf(listener), 1)
    },
    hold: vi.fn(),
    release: vi.fn(),
    destroy: vi.fn(),
  } as unknown as Connector
  const emit = <K extends keyof ConnectorEvents>(
    event: K,
    ...args: Parameters<ConnectorEvents[K]>
  ) => {
    for (const l of listeners[event] ?? []) (l as (...a: unknown[]) => void)(...args)
  }
  return { connector, emit, send, sendFrame }
}

test('asks for a person on welcome, then delivers visitor messages through the connector', async () => {
  const engine = createChatEngine({ locale: 'en' })
  engine.sendMessage('I need a person')
  const fake = fakeConnector()
  const live = startLive(engine, {
    server: 'https://chat.example',
    site: 'demo',
    storageKey: 'chao',
    storage: null,
    request: true,
    department: 'sales',
    pageUrl: 'https://shop.example/cart',
    report: () => {},
    connector: fake.connector,
  })
  fake.emit('welcome', {
    type: 'welcome',
    v: '1.2.0',
    conversation: null,
    limits: { maxTextLength: 4000 },
  })
  expect(fake.sendFrame).toHaveBeenCalledWith({
    type: 'handoff:request',
    department: 'sales',
    pageUrl: 'https://shop.example/cart',
    transcript: expect.arrayContaining([
      expect.objectContaining({ author: 'visitor', text: 'I need a person' }),
    ]),
  })
  engine.requestHuman()
  engine.sendMessage('Hello?')
  const message = engine.$messages.get().at(-1)
  expect(message?.status).toBe('sending')
  expect(fake.send).toHaveBeenCalledWith('Hello?', { clientId: message?.id })
  fake.emit(
    'ack',
    {
      type: 'message:ack',
      clientId: message?.id as string,
      id: 's1',
      conversationId: 'c1',
      seq: 1,
      createdAt: 2,
    },
    { clientId: message?.id as string, text: 'Hello?', createdAt: 1 },
  )
  await Promise.resolve()
  await Promise.resolve()
  expect(engine.$messages.get().at(-1)?.status).toBe('sent')
  live.stop()
  expect(fake.connector.destroy).toHaveBeenCalled()
})

test('no agent online: the offline form gets a ticket sender that retries until ticket:created', async () => {
  const { $offline } = await import('../ui/offline-form.ts')
  const engine = createChatEngine({ locale: 'en' })
  const fake = fakeConnector()
  const live = startLive(engine, {
    server: 'https://chat.example',
    site: 'demo',
    storageKey: 'chao',
    storage: null,
    request: false,
    department: 'sales',
    pageUrl: 'https://shop.example/cart',
    report: () => {},
    connector: fake.connector,
  })
  expect($offline.get()).toBeNull()
  fake.emit('frame', { type: 'handoff:unavailable', reason: 'no_agent_online' })
  const ticket = $offline.get()
  expect(ticket?.engine).toBe(engine)

  const created = ticket?.create({ name: 'Lan', email: 'lan@example.com', message: 'Help' })
  const frame = fake.sendFrame.mock.calls.at(-1)?.[0 as never] as unknown as { clientId: string }
  expect(frame).toEqual({
    type: 'ticket:create',
    clientId: expect.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    name: 'Lan',
    email: 'lan@example.com',
    message: 'Help',
    department: 'sales',
    pageUrl: 'https://shop.example/cart',
  })
  // After a reconnection the same frame (same clientId: stored once) goes again.
  fake.emit('welcome', {
    type: 'welcome',
    v: '1.2.0',
    conversation: null,
    limits: { maxTextLength: 4000 },
  })
  expect(fake.sendFrame.mock.calls.at(-1)?.[0 as never]).toEqual(frame)
  fake.emit('frame', { type: 'ticket:created', clientId: frame.clientId, ticketId: 'tk1' })
  await expect(created).resolves.toBe('tk1')

  // A refused ticket rejects; stopping the live chat leaves the offline form.
  const refused = ticket?.create({ name: 'Lan', email: 'lan@example.com', message: 'Again' })
  const second = fake.sendFrame.mock.calls.at(-1)?.[0 as never] as unknown as { clientId: string }
  fake.emit('frame', { type: 'error', code: 'invalid_frame', message: 'bad', ref: second.clientId })
  await expect(refused).rejects.toThrow('bad')
  live.stop()
  expect($offline.get()).toBeNull()
})

test('the handoff request carries the details the bot collected, the phone as an attribute', () => {
  const engine = createChatEngine({ locale: 'en' })
  engine.identify({ name: 'Lan', email: 'lan@example.com', phone: '+84912345678' })
  expect(handoffRequest(engine, {})).toMatchObject({
    visitor: { name: 'Lan', email: 'lan@example.com' },
    attributes: { phone: '+84912345678' },
  })
})

test('a signed-in user is identified before the handoff and on new attributes; a refused identify is reported', () => {
  const engine = createChatEngine({ locale: 'en' })
  engine.identify({ id: 'user-7', hash: 'b'.repeat(64) })
  engine.setAttributes({ plan: 'pro' })
  const fake = fakeConnector()
  const report = vi.fn()
  const live = startLive(engine, {
    server: 'https://chat.example',
    site: 'demo',
    storageKey: 'chao',
    storage: null,
    request: true,
    report,
    connector: fake.connector,
  })
  fake.emit('welcome', {
    type: 'welcome',
    v: '1.2.0',
    conversation: null,
    limits: { maxTextLength: 4000 },
  })
  const sent = fake.sendFrame.mock.calls.map((call) => (call as unknown[])[0])
  expect(sent[0]).toEqual({
    type: 'identify',
    userId: 'user-7',
    hash: 'b'.repeat(64),
    attributes: { plan: 'pro' },
  })
  expect(sent[1]).toMatchObject({ type: 'handoff:request', attributes: { plan: 'pro' } })
  engine.setAttributes({ cartValue: 129 })
  expect(fake.sendFrame.mock.calls.at(-1)?.[0 as never]).toMatchObject({
    type: 'identify',
    attributes: { plan: 'pro', cartValue: 129 },
  })
  fake.emit('frame', {
    type: 'error',
    code: 'unauthorized',
    message: 'Identity verification failed.',
  })
  expect(report).toHaveBeenCalledWith(
    'identify was refused by the server: Identity verification failed.',
  )
  live.stop()
})

test('a site the server does not know: one error naming it, the live chat stops, the visitor hears nobody is online', () => {
  const engine = createChatEngine({ locale: 'en' })
  const fake = fakeConnector()
  const report = vi.fn()
  const options = {
    server: 'https://unknown-site.example',
    site: 'shop-2',
    storageKey: 'chao',
    storage: null,
    request: true,
    report,
    settings: { source: 'script' as const },
    connector: fake.connector,
  }
  startLive(engine, options)
  const refusal = { type: 'error', code: 'unknown_site', message: 'No site "shop-2".' } as const
  fake.emit('frame', refusal)
  expect(report).toHaveBeenCalledOnce()
  expect(report.mock.calls[0]?.[0]).toBe(
    '[Chao] The Chao server at https://unknown-site.example has no site "shop-2" (data-site). ' +
      'Check the site id against the sites on that server. The chat works with the FAQ bot only.',
  )
  expect(fake.connector.destroy).toHaveBeenCalledOnce()
  expect(engine.$teamOnline.get()).toBe(false)
  expect(engine.$messages.get().at(-1)).toMatchObject({
    author: 'system',
    text: engine.t('handoff.unavailable'),
  })
  // Another chat on the page meeting the same refusal does not repeat the error.
  const again = fakeConnector()
  startLive(createChatEngine({ locale: 'en' }), { ...options, connector: again.connector })
  again.emit('frame', refusal)
  expect(report).toHaveBeenCalledOnce()
})
