import { SUPPORTED_LOCALES } from '@chao/core'
import { describe, expect, it, vi } from 'vitest'
import { defaultLocale, LOCALES, resolveSettings } from './settings.ts'

const base = { baseUrl: 'https://shop.example.com/products/', languages: ['en-US'] }

function resolve(raw: Record<string, unknown>, source: 'script' | 'api' = 'script') {
  const report = vi.fn()
  const settings = resolveSettings(raw, { ...base, source, report })
  return { settings, messages: report.mock.calls.map(([message]) => String(message)) }
}

describe('resolveSettings', () => {
  it('keeps its locale list in step with @chao/core', () => {
    expect([...LOCALES].sort()).toEqual([...SUPPORTED_LOCALES].sort())
  })

  it('uses the defaults when nothing is set', () => {
    expect(resolve({})).toEqual({
      settings: { locale: 'en', position: 'right', source: 'script' },
      messages: [],
    })
  })

  it('accepts valid values and resolves URLs against the page', () => {
    const { settings, messages } = resolve({
      locale: 'vi',
      position: 'left',
      faq: 'faq.json',
      server: 'https://chat.example.com/chao//',
    })
    expect(messages).toEqual([])
    expect(settings).toEqual({
      locale: 'vi',
      position: 'left',
      faq: 'https://shop.example.com/products/faq.json',
      server: 'https://chat.example.com/chao',
      source: 'script',
    })
  })

  it('reports one error per bad value, naming the attribute, value and accepted values', () => {
    const { settings, messages } = resolve({
      locale: 'VI',
      position: '',
      server: 'javascript:alert(1)',
      faq: 'data:application/json,{}',
    })
    expect(settings).toEqual({ locale: 'en', position: 'right', source: 'script' })
    expect(messages).toEqual([
      '[Chao] data-locale has an invalid value "VI". Accepted values: "vi", "en". ' +
        'Using "en" (from the browser language).',
      '[Chao] data-position has an invalid value "". Accepted values: "right", "left". ' +
        'Using "right".',
      '[Chao] data-server has an invalid value "javascript:alert(1)". Accepted values: the ' +
        'http(s) URL of your Chao server. Using no server (FAQ bot only).',
      '[Chao] data-faq has an invalid value "data:application/json,{}". Accepted values: the ' +
        'URL of your FAQ JSON. Using no FAQ.',
    ])
  })

  it('reports unknown attributes and ignores the allowed foreign ones', () => {
    const report = vi.fn()
    resolveSettings(
      { lang: 'vi', cfasync: 'false' },
      { ...base, source: 'script', ignore: ['cfasync'], report },
    )
    expect(report).toHaveBeenCalledOnce()
    expect(report.mock.calls[0]?.[0]).toBe(
      '[Chao] Unknown attribute data-lang on the Chao script tag. Accepted attributes: ' +
        'data-server, data-locale, data-faq, data-position. It is ignored.',
    )
  })

  it('names createChat options in errors from the npm API, and accepts an inline FAQ', () => {
    const kb = { entries: [] }
    const { settings, messages } = resolve({ faq: kb, position: 'center', colour: 1 }, 'api')
    expect(settings.faq).toBe(kb)
    expect(messages).toEqual([
      '[Chao] Unknown option "colour" in createChat(). Accepted options: server, locale, faq, ' +
        'position, target. It is ignored.',
      '[Chao] createChat({ position }) has an invalid value "center". Accepted values: ' +
        '"right", "left". Using "right".',
    ])
  })
})

describe('defaultLocale', () => {
  it('picks the first supported browser language, else English', () => {
    expect(defaultLocale(['vi-VN', 'en'])).toBe('vi')
    expect(defaultLocale(['fr-FR', 'vi'])).toBe('vi')
    expect(defaultLocale(['fr-FR'])).toBe('en')
    expect(defaultLocale([])).toBe('en')
  })
})
