import { describe, expect, test } from 'vitest'
import { isLocale, SUPPORTED_LOCALES } from './locale.ts'
import { catalogs, interpolate, translate } from './translate.ts'

describe('catalogs', () => {
  test('every locale has exactly the same keys', () => {
    const reference = Object.keys(catalogs.en).sort()
    for (const locale of SUPPORTED_LOCALES) {
      expect(Object.keys(catalogs[locale]).sort()).toEqual(reference)
    }
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
