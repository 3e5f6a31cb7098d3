import { describe, expect, test, vi } from 'vitest'
import { type ChatEngineOptions, createChatEngine } from '../conversation/engine.ts'
import { createFaqMatcher } from '../faq/matcher.ts'
import { translate } from '../i18n/translate.ts'
import { cleanLeadCapture, leadCapture, SKIP_ACTION } from './lead-capture.ts'

// Lead capture through the engine's public surface: the bot asks, validates, re-asks,
// lets optional fields be skipped, and only then hands over.

const matcher = createFaqMatcher({
  entries: [{ id: 'hours', questions: ['Giờ mở cửa?', 'Opening hours?'], answer: '8h–17h' }],
})

function setup(options: Partial<ChatEngineOptions> = {}, locale: 'vi' | 'en' = 'en') {
  let id = 0
  const report = vi.fn()
  const chat = createChatEngine({
    locale,
    matcher,
    clock: () => 5_000,
    createId: () => `m${++id}`,
    hourOf: () => 9,
    report,
    ...options,
  })
  const handoffs = vi.fn()
  chat.on('handoff', handoffs)
  const last = () => chat.$messages.get().at(-1)
  return { chat, handoffs, last, report }
}
const en = (key: Parameters<typeof translate>[1]) => translate('en', key)
const TALK = { label: 'Talk to a person', action: 'handoff' }

describe('before-handoff', () => {
  test('asks each field before handing over; the details go to the visitor', () => {
    const { chat, handoffs, last } = setup({
      leadCapture: leadCapture('before-handoff: name, email, phone?'),
    })
    chat.showWidget()
    chat.sendMessage('talk to a person')
    expect(chat.$mode.get()).toBe('bot')
    expect(handoffs).not.toHaveBeenCalled()
    expect(last()?.text).toBe(`${en('lead.introHandoff')} ${en('ask.name')}`)
    expect(chat.$leadField.get()).toEqual({ field: 'name' })
    chat.sendMessage('Nguyễn  Lan')
    expect(last()?.text).toBe(en('ask.email'))
    chat.sendMessage('not-an-email')
    expect(last()?.text).toBe(en('invalid.email'))
    expect(chat.$leadField.get()).toEqual({ field: 'email' })
    chat.sendMessage('Lan@Example.com')
    expect(last()).toMatchObject({
      text: en('ask.phone'),
      quickReplies: [{ label: en('lead.skip'), action: SKIP_ACTION }],
    })
    chat.sendMessage('12345')
    expect(last()).toMatchObject({
      text: en('invalid.phone'),
      quickReplies: [{ action: SKIP_ACTION }],
    })
    chat.sendMessage('0912 345 678')
    expect(chat.$visitor.get()).toEqual({
      name: 'Nguyễn Lan',
      email: 'lan@example.com',
      phone: '+84912345678',
    })
    expect(chat.$leadField.get()).toBeNull()
    expect(chat.$mode.get()).toBe('human')
    expect(handoffs).toHaveBeenCalledTimes(1)
    const texts = chat.$messages.get().map((m) => m.text)
    expect(texts.slice(-2)).toEqual([en('lead.thanksHandoff'), en('handoff.requested')])
  })

  test('an optional field can be skipped; a required one cannot', () => {
    const { chat, handoffs, last } = setup({
      leadCapture: leadCapture({ when: 'before-handoff', fields: ['email', 'phone?'] }),
    })
    chat.requestHuman()
    chat.chooseQuickReply({ label: 'Skip', action: SKIP_ACTION })
    expect(last()?.text).toBe(en('ask.email')) // required: asked again
    expect(chat.$leadField.get()).toEqual({ field: 'email' })
    chat.sendMessage('a@b.vn')
    chat.chooseQuickReply({ label: 'Skip', action: SKIP_ACTION })
    expect(chat.$visitor.get()).toEqual({ email: 'a@b.vn' })
    expect(handoffs).toHaveBeenCalledTimes(1)
  })

  test('details the visitor already gave are not asked again', () => {
    const { chat, handoffs } = setup({
      leadCapture: leadCapture({ when: 'before-handoff', fields: ['name', 'email'] }),
    })
    chat.identify({ name: 'Lan', email: 'lan@example.com' })
    chat.requestHuman()
    expect(handoffs).toHaveBeenCalledTimes(1)
  })

  test('vietnamese texts', () => {
    const { chat, last } = setup(
      { leadCapture: leadCapture({ when: 'before-handoff', fields: ['phone'] }) },
      'vi',
    )
    chat.sendMessage('gap nhan vien')
    expect(last()?.text).toBe(
      `${translate('vi', 'lead.introHandoff')} ${translate('vi', 'ask.phone')}`,
    )
    chat.sendMessage('123')
    expect(last()?.text).toBe(translate('vi', 'invalid.phone'))
  })
})

describe('offline', () => {
  test('asks only when the team is known to be offline', () => {
    const options = { leadCapture: leadCapture({ when: 'offline', fields: ['email' as const] }) }
    const online = setup(options)
    online.chat.chooseQuickReply(TALK)
    expect(online.handoffs).toHaveBeenCalledTimes(1)
    const away = setup(options)
    away.chat.setTeamStatus(false)
    away.chat.chooseQuickReply(TALK)
    expect(away.handoffs).not.toHaveBeenCalled()
    away.chat.sendMessage('lan@example.com')
    expect(away.handoffs).toHaveBeenCalledTimes(1)
    expect(away.last()?.text).toBe(en('handoff.away'))
  })
})

describe('after-unanswered', () => {
  test('asks once, after the first question the bot cannot answer, and stays with the bot', () => {
    const { chat, last, handoffs } = setup({
      leadCapture: leadCapture({ when: 'after-unanswered', fields: ['email'] }),
    })
    chat.sendMessage('Opening hours?')
    expect(chat.$leadField.get()).toBeNull()
    chat.sendMessage('do you sell bicycles on mars')
    expect(last()?.text).toBe(`${en('lead.intro')} ${en('ask.email')}`)
    chat.sendMessage('lan@example.com')
    expect(last()?.text).toBe(en('ask.thanks'))
    expect(chat.$mode.get()).toBe('bot')
    chat.sendMessage('can I pay in seashells')
    expect(chat.$leadField.get()).toBeNull()
    expect(handoffs).not.toHaveBeenCalled()
  })

  test('choosing another button stops asking', () => {
    const { chat } = setup({
      leadCapture: leadCapture({ when: 'after-unanswered', fields: ['email'] }),
    })
    chat.sendMessage('do you sell bicycles on mars')
    chat.chooseQuickReply({ label: 'Opening hours?', action: 'faq:hours' })
    expect(chat.$leadField.get()).toBeNull()
    expect(chat.$messages.get().at(-1)?.faqId).toBe('hours')
  })

  test('reset forgets that it asked', () => {
    const { chat, last } = setup({
      leadCapture: leadCapture({ when: 'after-unanswered', fields: ['name'] }),
    })
    chat.sendMessage('do you sell bicycles on mars')
    chat.reset()
    chat.sendMessage('do you sell bicycles on mars')
    expect(last()?.text).toBe(`${en('lead.intro')} ${en('ask.name')}`)
  })
})

describe('the leadCapture option', () => {
  test('accepts strings with "?" and objects', () => {
    expect(
      cleanLeadCapture({
        when: 'offline',
        fields: ['name', 'phone?', { field: 'email', optional: true }],
      }),
    ).toEqual({
      value: {
        when: 'offline',
        fields: [
          { field: 'name' },
          { field: 'phone', optional: true },
          { field: 'email', optional: true },
        ],
      },
      problems: [],
    })
  })

  test("takes the data attribute's text form", () => {
    expect(cleanLeadCapture(' after-unanswered : email , phone? ').value).toEqual({
      when: 'after-unanswered',
      fields: [{ field: 'email' }, { field: 'phone', optional: true }],
    })
  })

  test('bad values are reported with what is accepted, and turn it off', () => {
    const { value, problems } = cleanLeadCapture('sometimes: fax', 'data-lead-capture')
    expect(value).toBeNull()
    expect(problems).toEqual([
      'data-lead-capture: "when" is "sometimes"; use one of: "before-handoff", "offline", "after-unanswered" (e.g. "offline: name, email, phone?").',
      'data-lead-capture: field 1 is "fax"; use "name", "email" or "phone" (add "?" to make it optional, e.g. "phone?"), or { field: "phone", optional: true }.',
    ])
    expect(cleanLeadCapture(42).problems[0]).toBe(
      'leadCapture must be like { when: "offline", fields: ["name", "email", "phone?"] }, got 42.',
    )
    expect(cleanLeadCapture('offline').problems[0]).toMatch(/needs fields, e\.g\./)
    expect(cleanLeadCapture({ when: 'offline', fields: [] }).value).toBeNull()
  })

  test('one bad field is reported and the others are used', () => {
    const { value, problems } = cleanLeadCapture({ when: 'offline', fields: ['email', 'fax'] })
    expect(value).toEqual({ when: 'offline', fields: [{ field: 'email' }] })
    expect(problems).toHaveLength(1)
  })

  test('leadCapture() throws on a bad value, naming every problem', () => {
    expect(() =>
      leadCapture({ when: 'never' as never, fields: ['email', 'fax' as never] }),
    ).toThrow(/"when" is "never".*field 2 is "fax"/)
  })

  test('plugged in after creation (the widget loads it as a chunk), and out again', () => {
    const { chat, handoffs } = setup()
    chat.setLeadCapture(leadCapture('before-handoff: email'))
    chat.requestHuman()
    expect(chat.$leadField.get()).toEqual({ field: 'email' })
    chat.setLeadCapture(null)
    expect(chat.$leadField.get()).toBeNull()
    chat.requestHuman()
    expect(handoffs).toHaveBeenCalledTimes(1)
  })
})
