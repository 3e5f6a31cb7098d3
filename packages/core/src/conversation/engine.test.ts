import { MAX_TEXT_LENGTH } from '@chao/protocol'
import { describe, expect, test } from 'vitest'
import { createFaqMatcher } from '../faq/matcher.ts'
import type { FaqKnowledgeBase } from '../faq/types.ts'
import { catalogs } from '../i18n/translate.ts'
import { type ChatEngineOptions, createChatEngine } from './engine.ts'

const kb: FaqKnowledgeBase = {
  entries: [
    {
      id: 'shipping-fee',
      questions: ['Phí giao hàng là bao nhiêu?', 'How much is shipping?'],
      answer: 'Phí giao hàng: 30.000đ',
      followUps: ['shipping-time'],
      links: [{ title: 'Giao hàng', url: 'https://shop.example/giao-hang' }],
    },
    {
      id: 'shipping-time',
      questions: ['Giao hàng mất bao lâu?', 'How long does shipping take?'],
      answer: 'Giao hàng: 2–4 ngày',
    },
    { id: 'returns', questions: ['Chính sách đổi trả như thế nào?'], answer: 'Đổi trả: 7 ngày' },
  ],
}

function setup(options: Partial<ChatEngineOptions> = {}) {
  let now = 1_000
  let id = 0
  return createChatEngine({
    locale: 'vi',
    matcher: createFaqMatcher(kb),
    clock: () => now++,
    createId: () => `m${++id}`,
    hourOf: () => 9,
    ...options,
  })
}

describe('createChatEngine', () => {
  test('starts closed, with no messages', () => {
    const chat = setup()
    expect(chat.$open.get()).toBe(false)
    expect(chat.$messages.get()).toEqual([])
    expect(chat.$typing.get()).toBeNull()
    expect(chat.$unread.get()).toBe(0)
  })

  test('greets once, on the first open, in the current locale', () => {
    const chat = setup({ locale: 'en' })
    chat.openWidget()
    chat.closeWidget()
    chat.toggleWidget()
    chat.toggleWidget()
    chat.openWidget()
    expect(chat.$open.get()).toBe(true)
    expect(chat.$messages.get()).toEqual([
      {
        id: 'm1',
        author: 'bot',
        text: `Good morning! 👋 ${catalogs.en['bot.greeting']}`,
        createdAt: 1_000,
      },
    ])
  })

  test('answers a confident match with the answer, links and follow-ups', () => {
    const chat = setup()
    chat.sendMessage('  phi ship bn  ')
    const [visitor, bot] = chat.$messages.get()
    expect(visitor).toEqual({
      id: 'm1',
      author: 'visitor',
      text: 'phi ship bn',
      createdAt: 1_000,
      status: 'sent',
    })
    expect(bot).toEqual({
      id: 'm2',
      author: 'bot',
      text: 'Phí giao hàng: 30.000đ',
      createdAt: 1_001,
      faqId: 'shipping-fee',
      links: [{ title: 'Giao hàng', url: 'https://shop.example/giao-hang' }],
      quickReplies: [
        {
          label: 'Giao hàng mất bao lâu?',
          text: 'Giao hàng mất bao lâu?',
          action: 'faq:shipping-time',
        },
      ],
    })
  })

  test('says it is unsure, without suggestions, for an unrelated question', () => {
    const chat = setup({ locale: 'en' })
    chat.sendMessage("what's the weather in Paris")
    const bot = chat.$messages.get()[1]
    expect(bot).toMatchObject({ author: 'bot', text: catalogs.en['bot.unsure'], faqId: null })
    // No close question to suggest; a person is still offered (bot flows).
    expect(bot?.quickReplies).toEqual([{ label: 'Talk to a person', action: 'handoff' }])
  })

  test('offers "Did you mean" quick replies for an ambiguous question', () => {
    const chat = setup()
    chat.sendMessage('giao hàng')
    const bot = chat.$messages.get()[1]
    expect(bot?.faqId).toBeNull()
    expect(bot?.text).toBe(`${catalogs.vi['bot.unsure']}\n\n${catalogs.vi['bot.didYouMean']}`)
    expect(bot?.quickReplies?.map((r) => r.action).sort()).toEqual([
      'faq:shipping-fee',
      'faq:shipping-time',
      'handoff',
    ])
  })

  test('says it cannot answer when no matcher is loaded, until one is set', () => {
    const chat = setup({ matcher: null })
    chat.sendMessage('Phí giao hàng là bao nhiêu?')
    expect(chat.$messages.get()[1]).toMatchObject({
      text: catalogs.vi['bot.noKnowledge'],
      faqId: null,
    })
    chat.setMatcher(createFaqMatcher(kb))
    chat.sendMessage('Phí giao hàng là bao nhiêu?')
    expect(chat.$messages.get()[3]?.faqId).toBe('shipping-fee')
  })

  test('a quick reply posts its text and answers its entry directly', () => {
    const chat = setup()
    chat.chooseQuickReply({ label: 'Shipping time?', action: 'faq:shipping-time' })
    expect(chat.$messages.get()).toMatchObject([
      { author: 'visitor', text: 'Shipping time?', status: 'sent' },
      { author: 'bot', text: 'Giao hàng: 2–4 ngày', faqId: 'shipping-time' },
    ])
  })

  test('a quick reply without a FAQ action is matched like typed text', () => {
    const chat = setup()
    chat.chooseQuickReply({ label: 'Returns', text: 'Chính sách đổi trả như thế nào?' })
    expect(chat.$messages.get()[1]?.faqId).toBe('returns')
  })

  test('ignores blank messages and caps long ones', () => {
    const chat = setup()
    chat.sendMessage('   ')
    chat.sendMessage('')
    expect(chat.$messages.get()).toEqual([])
    chat.sendMessage(`${'a'.repeat(MAX_TEXT_LENGTH - 1)}😀 more`)
    const text = chat.$messages.get()[0]?.text ?? ''
    // The emoji straddles the limit, so it is dropped rather than cut in half.
    expect(text).toBe('a'.repeat(MAX_TEXT_LENGTH - 1))
  })

  test('two engines are independent', () => {
    const a = setup()
    const b = setup({ locale: 'en' })
    a.openWidget()
    a.sendMessage('Phí giao hàng là bao nhiêu?')
    expect(a.$messages.get()).toHaveLength(3)
    expect(b.$messages.get()).toEqual([])
    expect(b.$open.get()).toBe(false)
    b.setLocale('vi')
    expect(a.$locale.get()).toBe('vi')
    expect(b.t('composer.send')).toBe('Gửi')
  })

  test('switching locale changes later bot messages and t(), not earlier ones', () => {
    const chat = setup()
    chat.sendMessage('weather?')
    chat.setLocale('en')
    chat.sendMessage('weather?')
    expect(chat.$locale.get()).toBe('en')
    expect(chat.t('launcher.open')).toBe('Open chat')
    const texts = chat.$messages.get().map((m) => m.text)
    expect(texts[1]).toBe(catalogs.vi['bot.unsure'])
    // The second unsure answer in a row leads with the offer of a person (bot flows).
    expect(texts[3]).toBe(catalogs.en['bot.offerHuman'])
  })

  test('rejects an unsupported locale with the supported ones in the message', () => {
    expect(() => setup({ locale: 'fr' as 'vi' })).toThrow(/use one of: vi, en/)
    expect(() => setup().setLocale('de' as 'en')).toThrow(/Unsupported locale "de"/)
  })

  test('default ids are unique across engines', () => {
    const a = createChatEngine({ locale: 'vi' })
    const b = createChatEngine({ locale: 'vi' })
    a.openWidget()
    b.openWidget()
    a.sendMessage('x')
    const ids = [...a.$messages.get(), ...b.$messages.get()].map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
