import { describe, expect, test } from 'vitest'
import { enChat, enExtra } from './en.ts'
import { isLocale, SUPPORTED_LOCALES } from './locale.ts'
import { catalogs, interpolate, translate } from './translate.ts'
import { viChat, viExtra } from './vi.ts'

describe('catalogs', () => {
  test('every locale has exactly the same keys', () => {
    const reference = Object.keys(catalogs.en).sort()
    for (const locale of SUPPORTED_LOCALES) {
      expect(Object.keys(catalogs[locale]).sort()).toEqual(reference)
    }
  })

  // The widget loads a catalog in two parts (the chat's texts, then the extra texts of the
  // parts loaded later): each part must be complete in every locale on its own.
  test.each([
    ['chat', { en: enChat, vi: viChat }],
    ['extra', { en: enExtra, vi: viExtra }],
  ])('the %s part has the same keys in every locale', (_, part) => {
    const reference = Object.keys(part.en).sort()
    for (const locale of SUPPORTED_LOCALES) {
      expect(Object.keys(part[locale]).sort()).toEqual(reference)
    }
  })

  test('the two parts make the whole catalog, each key in one part', () => {
    const chat = Object.keys(enChat)
    expect(chat.filter((key) => Object.hasOwn(enExtra, key))).toEqual([])
    expect([...chat, ...Object.keys(enExtra)].sort()).toEqual(Object.keys(catalogs.en).sort())
    expect({ ...viChat, ...viExtra }).toEqual(catalogs.vi)
  })

  test('no string is empty', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const value of Object.values(catalogs[locale])) expect(value.trim()).not.toBe('')
    }
  })

  test('the widget strings read as agreed', () => {
    expect(translate('vi', 'launcher.open')).toBe('Mở trò chuyện')
    expect(translate('en', 'window.title')).toBe('Chat with us')
    expect(translate('vi', 'composer.placeholder')).toBe('Nhập câu hỏi của bạn…')
  })
})

describe('translate', () => {
  test('fills %{name} placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Hi %{name}, %{count} new', { name: 'Lan', count: 2 })).toBe('Hi Lan, 2 new')
    expect(interpolate('Hi %{name}', {})).toBe('Hi %{name}')
    expect(translate('en', 'author.you', { unused: 1 })).toBe('You')
  })
})

describe('isLocale', () => {
  test.each([
    ['vi', true],
    ['en', true],
    ['fr', false],
    [undefined, false],
    [42, false],
  ])('%j → %s', (x, expected) => {
    expect(isLocale(x)).toBe(expected)
  })
})
