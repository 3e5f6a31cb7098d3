import { expect, test } from 'vitest'
import { createConsent } from '../consent/consent.ts'
import { leadCapture } from '../contact/lead-capture.ts'
import { type ChatEngineOptions, createChatEngine } from '../conversation/engine.ts'
import { createFaqMatcher } from '../faq/matcher.ts'
import { memoryStorage, persistChat } from '../persistence/index.ts'
import type { BotEvent } from './analytics.ts'

// The bot's analytics events, as the reports need them: questions (answered or not),
// thumbs and handoffs, all with the session of the bot conversation.

const matcher = createFaqMatcher({
  entries: [
    {
      id: 'hours',
      questions: ['Giờ mở cửa?', 'Opening hours?'],
      answer: '8h–17h',
      followUps: ['fee'],
    },
    { id: 'fee', questions: ['Phí giao hàng?', 'Shipping fee?'], answer: '30.000đ' },
  ],
})

function setup(options: Partial<ChatEngineOptions> = {}) {
  let id = 0
  const chat = createChatEngine({
    locale: 'en',
    matcher,
    clock: () => 7_000,
    createId: () => `m${++id}`,
    ...options,
  })
  const events: BotEvent[] = []
  chat.on('analytics', (e) => events.push(e))
  return { chat, events }
}

test('records each question with its answer, or as unanswered', () => {
  const { chat, events } = setup()
  const session = chat.$session.get()
  chat.sendMessage('opening hours?')
  chat.sendMessage('do you sell bicycles on mars')
  chat.chooseQuickReply({ label: 'Shipping fee?', action: 'faq:fee' })
  expect(events).toEqual([
    {
      type: 'bot:question',
      sessionId: session,
      at: 7_000,
      text: 'opening hours?',
      faqId: 'hours',
      confident: true,
    },
    {
      type: 'bot:question',
      sessionId: session,
      at: 7_000,
      text: 'do you sell bicycles on mars',
      confident: false,
    },
    {
      type: 'bot:question',
      sessionId: session,
      at: 7_000,
      text: 'Shipping fee?',
      faqId: 'fee',
      confident: true,
    },
  ])
  expect(session).toMatch(/^[\w-]{1,64}$/) // a protocol id
})

test('records thumbs and handoffs with their reason', () => {
  const { chat, events } = setup({ menu: [{ label: 'Sales', department: 'sales' }] })
  chat.sendMessage('opening hours?')
  const answer = chat.$messages.get().at(-1)
  chat.sendFeedback(answer?.id ?? '', false)
  chat.sendMessage('talk to a person')
  expect(
    events.slice(1).map(({ type, faqId, helpful, reason }) => ({ type, faqId, helpful, reason })),
  ).toEqual([
    { type: 'bot:feedback', faqId: 'hours', helpful: false, reason: undefined },
    { type: 'bot:handoff', faqId: undefined, helpful: undefined, reason: 'asked' },
  ])
  const reasons = (act: (c: typeof chat) => void) => {
    const s = setup({ menu: [{ label: 'Sales', department: 'sales' }] })
    act(s.chat)
    return s.events.filter((e) => e.type === 'bot:handoff').map((e) => e.reason)
  }
  expect(reasons((c) => c.chooseQuickReply({ label: 'Talk', action: 'handoff' }))).toEqual([
    'unsure',
  ])
  expect(reasons((c) => c.chooseQuickReply({ label: 'Sales', action: 'handoff:sales' }))).toEqual([
    'menu',
  ])
  expect(reasons((c) => c.requestHuman())).toEqual(['api'])
})

test('lead capture answers are not questions', () => {
  const { chat, events } = setup({
    leadCapture: leadCapture({ when: 'after-unanswered', fields: ['email'] }),
  })
  chat.sendMessage('do you sell bicycles on mars')
  chat.sendMessage('lan@example.com')
  expect(events.map((e) => e.text)).toEqual(['do you sell bicycles on mars'])
})

test('the session is kept with the conversation and renewed by reset', async () => {
  const storage = memoryStorage()
  const first = setup()
  persistChat(first.chat, { key: 'k', consent: createConsent('implicit', true), storage })
  first.chat.sendMessage('opening hours?')
  const session = first.chat.$session.get()
  await Promise.resolve()
  const second = setup({ createId: () => 'other-1' })
  persistChat(second.chat, { key: 'k', consent: createConsent('implicit', true), storage })
  expect(second.chat.$session.get()).toBe(session)
  second.chat.reset()
  expect(second.chat.$session.get()).not.toBe(session)
  second.chat.sendMessage('opening hours?')
  expect(second.events.at(-1)?.sessionId).toBe(second.chat.$session.get())
})
