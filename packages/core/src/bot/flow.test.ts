import { describe, expect, test, vi } from 'vitest'
import { type ChatEngineOptions, createChatEngine } from '../conversation/engine.ts'
import { createFaqMatcher } from '../faq/matcher.ts'
import type { FaqKnowledgeBase } from '../faq/types.ts'

// The bot flows through the engine's public surface: stores, actions and events.

const kb: FaqKnowledgeBase = {
  entries: [
    {
      id: 'shipping-fee',
      questions: ['Phí giao hàng là bao nhiêu?', 'How much is shipping?'],
      answer: 'Phí giao hàng: 30.000đ',
      followUps: ['shipping-time'],
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
  let id = 0
  const chat = createChatEngine({
    locale: 'vi',
    matcher: createFaqMatcher(kb),
    clock: () => 1_000,
    createId: () => `m${++id}`,
    hourOf: () => 9,
    ...options,
  })
  const handoffs = vi.fn()
  chat.on('handoff', handoffs)
  const last = () => chat.$messages.get().at(-1)
  return { chat, handoffs, last }
}

const TALK = { label: 'Gặp nhân viên', action: 'handoff' }

describe('unsure → offer a human', () => {
  test('an unsure answer offers "Gặp nhân viên"; choosing it hands over', () => {
    const { chat, handoffs, last } = setup()
    chat.sendMessage('thoi tiet o Paris the nao')
    expect(last()).toMatchObject({ author: 'bot', faqId: null })
    expect(last()?.quickReplies?.at(-1)).toEqual(TALK)
    chat.chooseQuickReply(TALK)
    expect(chat.$mode.get()).toBe('human')
    expect(handoffs).toHaveBeenCalledWith({})
    expect(last()).toMatchObject({
      author: 'system',
      text: 'Đang kết nối bạn với nhân viên tư vấn, bạn vui lòng chờ trong giây lát…',
    })
    chat.sendMessage('alo')
    expect(last()?.author).toBe('visitor') // the bot stays quiet once a person is asked for
  })

  test('asking for a person, in vi or en, with or without diacritics, hands over at once', () => {
    for (const text of ['cho toi noi chuyen voi nguoi that', 'Gặp nhân viên', 'talk to an agent']) {
      const { chat, handoffs, last } = setup({ locale: 'en' })
      chat.sendMessage(text)
      expect(handoffs).toHaveBeenCalledTimes(1)
      expect(last()).toMatchObject({ author: 'system', text: expect.stringMatching(/^Connecting/) })
    }
  })

  test('the request is not matched against the FAQ, and is not "unanswered"', () => {
    const { chat } = setup()
    const unanswered = vi.fn()
    chat.on('unanswered', unanswered)
    chat.sendMessage('gặp nhân viên')
    expect(chat.$messages.get().filter((m) => m.author === 'bot')).toEqual([])
    expect(unanswered).not.toHaveBeenCalled()
  })

  test('two unsure answers in a row: the bot leads with the offer', () => {
    const { chat, last } = setup({ locale: 'en' })
    chat.sendMessage('thoi tiet o Paris the nao')
    expect(last()?.text).toMatch(/^Sorry, I'm not sure/)
    chat.sendMessage('gia vang hom nay')
    expect(last()?.text).toBe(
      "Sorry, I still can't find the answer. Would you like to talk to a person from our team?",
    )
    expect(last()?.quickReplies?.[0]).toEqual({ label: 'Talk to a person', action: 'handoff' })
  })

  test('a confident answer in between restarts the count', () => {
    const { chat, last } = setup({ locale: 'en' })
    chat.sendMessage('thoi tiet o Paris the nao')
    chat.sendMessage('phi giao hang la bao nhieu')
    expect(last()?.faqId).toBe('shipping-fee')
    chat.sendMessage('gia vang hom nay')
    expect(last()?.text).toMatch(/^Sorry, I'm not sure/)
  })

  test('configured keywords hand over', () => {
    const { chat, handoffs } = setup({ handoffKeywords: ['khiếu nại'] })
    chat.sendMessage('toi muon khieu nai')
    expect(handoffs).toHaveBeenCalledTimes(1)
  })

  test('with the team away, the handoff line says to leave a message', () => {
    const { chat, last } = setup()
    chat.setTeamStatus(false)
    chat.requestHuman()
    expect(last()?.text).toMatch(/^Hiện chưa có nhân viên trực tuyến/)
  })
})

describe('was this helpful?', () => {
  test('records the choice on the answer, emits feedback, and can be changed', () => {
    const { chat, last } = setup()
    const feedback = vi.fn()
    chat.on('feedback', feedback)
    chat.sendMessage('phi giao hang la bao nhieu')
    const answer = last()
    if (!answer) throw new Error('no answer')
    chat.sendFeedback(answer.id, true)
    chat.sendFeedback(answer.id, true)
    expect(last()?.helpful).toBe(true)
    chat.sendFeedback(answer.id, false)
    expect(last()?.helpful).toBe(false)
    expect(feedback.mock.calls).toEqual([
      [{ messageId: answer.id, faqId: 'shipping-fee', helpful: true }],
      [{ messageId: answer.id, faqId: 'shipping-fee', helpful: false }],
    ])
  })

  test('only FAQ answers take feedback', () => {
    const { chat, last } = setup()
    const feedback = vi.fn()
    chat.on('feedback', feedback)
    chat.sendMessage('thoi tiet o Paris the nao')
    chat.sendFeedback(last()?.id ?? '', true)
    chat.sendFeedback(chat.$messages.get()[0]?.id ?? '', true) // the visitor's own message
    chat.sendFeedback('nope', false)
    expect(feedback).not.toHaveBeenCalled()
    expect(chat.$messages.get().some((m) => m.helpful !== undefined)).toBe(false)
  })
})

describe('start menu', () => {
  const menu = [
    { label: 'Tình trạng đơn hàng', text: 'Làm sao để theo dõi đơn hàng?' },
    { label: 'Kinh doanh', department: 'sales' },
    { label: 'Gặp nhân viên' },
  ]

  test('shows with the greeting', () => {
    const { chat } = setup({ menu })
    chat.openWidget()
    expect(chat.$messages.get()[0]?.quickReplies).toEqual([
      { label: 'Tình trạng đơn hàng', text: 'Làm sao để theo dõi đơn hàng?' },
      { label: 'Kinh doanh', text: 'Kinh doanh', action: 'handoff:sales' },
      { label: 'Gặp nhân viên', text: 'Gặp nhân viên' },
    ])
  })

  test('a department item hands over with its routing hint; a plain "talk" item too', () => {
    const sales = setup({ menu })
    sales.chat.openWidget()
    const [, toSales, talk] = sales.chat.$messages.get()[0]?.quickReplies ?? []
    if (!toSales || !talk) throw new Error('no menu')
    sales.chat.chooseQuickReply(toSales)
    expect(sales.handoffs).toHaveBeenCalledWith({ department: 'sales' })
    const plain = setup({ menu })
    plain.chat.chooseQuickReply(talk)
    expect(plain.handoffs).toHaveBeenCalledWith({})
  })

  test('bad items are reported and left out', () => {
    const report = vi.fn()
    const { chat } = setup({ menu: [{ label: '' }, ...menu], report })
    chat.openWidget()
    expect(report).toHaveBeenCalledWith(
      expect.stringMatching(/^menu\[0\] is left out: \{"label":""\}/),
    )
    expect(chat.$messages.get()[0]?.quickReplies).toHaveLength(3)
  })
})

describe('unanswered questions', () => {
  test('are kept and emitted with the visitor text; answered ones are not', () => {
    const { chat } = setup()
    const unanswered = vi.fn()
    chat.on('unanswered', unanswered)
    chat.sendMessage('phi giao hang la bao nhieu')
    chat.sendMessage('thoi tiet o Paris the nao')
    expect(chat.$unanswered.get()).toEqual(['thoi tiet o Paris the nao'])
    expect(unanswered).toHaveBeenCalledWith({ text: 'thoi tiet o Paris the nao' })
    chat.reset()
    expect(chat.$unanswered.get()).toEqual([])
  })

  test('without a FAQ nothing is "unanswered", but a person is still offered', () => {
    const { chat, last } = setup({ matcher: null })
    chat.sendMessage('hello?')
    expect(chat.$unanswered.get()).toEqual([])
    expect(last()?.quickReplies).toEqual([TALK])
  })
})
