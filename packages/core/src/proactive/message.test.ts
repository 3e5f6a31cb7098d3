import { describe, expect, test } from 'vitest'
import { fillPlaceholders, pickLocale, renderMessage } from './message.ts'

describe('fillPlaceholders', () => {
  test('fills attributes, with fallbacks and spaces', () => {
    const attrs = { name: 'Lan', orders: 3, blank: '  ' }
    expect(fillPlaceholders('Chào {{name}}, {{ orders }} đơn', attrs)).toBe('Chào Lan, 3 đơn')
    expect(fillPlaceholders('Chào {{missing|bạn}}!', attrs)).toBe('Chào bạn!')
    expect(fillPlaceholders('Chào {{blank|bạn}}!', attrs)).toBe('Chào bạn!')
    expect(fillPlaceholders('Hi {{missing}}!', attrs)).toBe('Hi !')
    expect(fillPlaceholders('{{obj|x}}', { obj: { a: 1 } })).toBe('x')
  })

  test('escapes markdown in values, but not in plain-text labels', () => {
    const attrs = { name: '*Bob* [x](javascript:1)' }
    expect(fillPlaceholders('Hi {{name}}', attrs)).toBe('Hi \\*Bob\\* \\[x\\]\\(javascript:1\\)')
    expect(fillPlaceholders('Hi {{name}}', attrs, false)).toBe('Hi *Bob* [x](javascript:1)')
  })
})

describe('pickLocale', () => {
  const text = { vi: 'Chào', en: 'Hello', 'pt-BR': 'Olá' }
  test('exact tag, then primary subtag, then English, then the first', () => {
    expect(pickLocale(text, 'pt-BR')).toBe('Olá')
    expect(pickLocale(text, 'vi-VN')).toBe('Chào')
    expect(pickLocale(text, 'fr')).toBe('Hello')
    expect(pickLocale({ vi: 'Chào' }, 'fr')).toBe('Chào')
    expect(pickLocale('Same', 'vi')).toBe('Same')
  })
})

describe('renderMessage', () => {
  test('defaults: bot sender, bubble, no sound, no link', () => {
    const rule = { id: 'r', conditions: { timeOnPage: 1 }, message: { text: 'Hi {{name|there}}' } }
    expect(renderMessage(rule, 'en', {})).toEqual({
      ruleId: 'r',
      text: 'Hi there',
      quickReplies: [],
      link: null,
      sender: { type: 'bot' },
      delivery: 'bubble',
      sound: false,
    })
  })
})
