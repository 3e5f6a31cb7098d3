import { describe, expect, test } from 'vitest'
import { translate } from '../i18n/translate.ts'
import { greetingText, salutationKey } from './greeting.ts'

describe('greeting', () => {
  test.each([
    [4, 'greeting.evening'],
    [5, 'greeting.morning'],
    [11, 'greeting.morning'],
    [12, 'greeting.afternoon'],
    [17, 'greeting.afternoon'],
    [18, 'greeting.evening'],
    [23, 'greeting.evening'],
  ])('hour %i → %s', (hour, key) => {
    expect(salutationKey(hour)).toBe(key)
  })

  test('is personalised with the name and uses the locale', () => {
    const t = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('vi', key, p)
    expect(greetingText(t, 8, 'Lan')).toBe(
      `Chào buổi sáng, Lan! 👋 ${translate('vi', 'bot.greeting')}`,
    )
    expect(greetingText(t, 20)).toMatch(/^Chào buổi tối! 👋 /)
  })

  test('takes the site owner texts per locale', () => {
    const texts = { en: { 'bot.greeting': 'Welcome to Shop Lan.', 'greeting.morning': 'Morning' } }
    const t = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('en', key, p, texts)
    expect(greetingText(t, 9)).toBe('Morning! 👋 Welcome to Shop Lan.')
    expect(greetingText(t, 14)).toBe('Good afternoon! 👋 Welcome to Shop Lan.')
  })
})
