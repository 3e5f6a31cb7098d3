// @vitest-environment jsdom
import { SUPPORTED_LOCALES } from '@chao/core'
import { describe, expect, it, vi } from 'vitest'
import { defaultLocale, LOCALES, resolveSettings, type SettingsSource } from './settings.ts'

const base = { baseUrl: 'https://shop.example.com/products/', languages: ['en-US'] }

function resolve(raw: Record<string, unknown>, source: SettingsSource = 'script') {
  const report = vi.fn()
  const settings = resolveSettings(raw, { ...base, source, report })
  return { settings, messages: report.mock.calls.map(([message]) => String(message)) }
}

const DEFAULTS = {
  locale: 'en',
  position: 'right',
  mode: 'floating',
  consent: 'implicit',
  theme: 'light',
  id: 'chao',
  zIndex: 2147483000,
  offset: [20, 20],
  maxFileSize: 10,
  preChatVia: 'form',
  images: false,
  source: 'script',
}

describe('resolveSettings', () => {
  it('keeps its locale list in step with @chao/core', () => {
    expect([...LOCALES].sort()).toEqual([...SUPPORTED_LOCALES].sort())
  })

  it('uses the defaults when nothing is set', () => {
    expect(resolve({})).toEqual({ settings: DEFAULTS, messages: [] })
  })

  it('accepts valid values and resolves URLs against the page', () => {
    const { settings, messages } = resolve({
      locale: 'vi',
      position: 'left',
      faq: 'faq.json',
      server: 'https://chat.example.com/chao//',
      mode: 'inline',
      container: '#chat',
      zIndex: '10',
      offset: '24 80',
      primaryColor: '#b91c1c',
      preChat: 'name, phone',
      attachments: 'image/*,.pdf',
      maxFileSize: '2.5',
      images: 'true',
      consent: 'required',
      dir: 'rtl',
    })
    expect(messages).toEqual([])
    expect(settings).toEqual({
      ...DEFAULTS,
      locale: 'vi',
      position: 'left',
      faq: 'https://shop.example.com/products/faq.json',
      server: 'https://chat.example.com/chao',
      mode: 'inline',
      container: '#chat',
      zIndex: 10,
      offset: [24, 80],
      primaryColor: '#b91c1c',
      preChat: ['name', 'phone'],
      attachments: ['image/*', '.pdf'],
      maxFileSize: 2.5,
      images: true,
      consent: 'required',
      dir: 'rtl',
    })
  })

  it('reports one error per bad value, naming the attribute, value and accepted values', () => {
    const { settings, messages } = resolve({
      locale: 'VI',
      position: '',
      server: 'javascript:alert(1)',
      faq: 'data:application/json,{}',
      container: '##',
      preChat: 'name,age',
      offset: '-3',
    })
    expect(settings).toEqual(DEFAULTS)
    expect(messages).toEqual([
      '[Chao] data-locale has an invalid value "VI". Accepted values: "vi", "en". ' +
        'Using "en" (from the browser language).',
      '[Chao] data-position has an invalid value "". Accepted values: "right", "left". ' +
        'Using "right".',
      '[Chao] data-server has an invalid value "javascript:alert(1)". Accepted values: an ' +
        'http(s) URL. Using none.',
      '[Chao] data-faq has an invalid value "data:application/json,{}". Accepted values: the ' +
        'URL of your FAQ JSON. Using none.',
      '[Chao] data-container has an invalid value "##". Accepted values: a CSS selector, e.g. #help. Using none.',
      '[Chao] data-pre-chat has an invalid value "name,age". Accepted values: fields among "name", "email", "phone". Using none.',
      '[Chao] data-offset has an invalid value "-3". Accepted values: pixels: 20, or "20 40" (side bottom). Using 20,20.',
    ])
  })

  it('reports unknown attributes and ignores the allowed foreign ones', () => {
    const report = vi.fn()
    resolveSettings(
      { lang: 'vi', cfasync: 'false' },
      { ...base, source: 'script', ignore: ['cfasync'], report },
    )
    expect(report).toHaveBeenCalledOnce()
    expect(report.mock.calls[0]?.[0]).toMatch(
      /^\[Chao\] Unknown setting data-lang\. Accepted: data-server, data-site, data-locale, data-faq, data-position, .*data-z-index.*\. It is ignored\.$/,
    )
  })

  it('names createChat options in errors from the npm API, and accepts an inline FAQ', () => {
    const kb = { entries: [] }
    const { settings, messages } = resolve(
      { faq: kb, position: 'center', colour: 1, offset: [10, 30], texts: { vi: {} } },
      'api',
    )
    expect(settings.faq).toBe(kb)
    expect(settings.offset).toEqual([10, 30])
    expect(settings.texts).toEqual({ vi: {} })
    expect(messages).toEqual([
      expect.stringMatching(
        /^\[Chao\] Unknown setting createChat\(\{ colour \}\)\. Accepted: server, site, locale/,
      ),
      '[Chao] createChat({ position }) has an invalid value "center". Accepted values: ' +
        '"right", "left". Using "right".',
    ])
  })

  it('takes the start menu and handoff keywords (items are checked by the chat stage)', () => {
    const menu = [{ label: 'Sales', department: 'sales' }]
    const { settings, messages } = resolve({ menu, handoffKeywords: 'khiếu nại, refund' }, 'global')
    expect(messages).toEqual([])
    expect(settings.menu).toEqual(menu)
    expect(settings.handoffKeywords).toEqual(['khiếu nại', 'refund'])
  })

  it('takes lead capture as text, from a data attribute or from JS', () => {
    const { settings, messages } = resolve({ leadCapture: 'offline: name, email, phone?' })
    expect(messages).toEqual([])
    expect(settings.leadCapture).toBe('offline: name, email, phone?')
    expect(resolve({ leadCapture: 'after-unanswered: email' }, 'api').settings.leadCapture).toBe(
      'after-unanswered: email',
    )
    expect(resolve({ leadCapture: { when: 'offline' } }, 'api').messages[0]).toContain(
      'createChat({ leadCapture }) has an invalid value',
    )
  })

  it('takes the site from each source, and nothing when it is not set', () => {
    expect(resolve({ site: ' shop-2 ' }).settings.site).toBe('shop-2')
    expect(resolve({ site: 'Shop_2' }, 'api').settings.site).toBe('Shop_2')
    const global = resolveSettings(
      {},
      { ...base, source: 'script', global: { site: 'blog' }, report: vi.fn() },
    )
    expect(global.site).toBe('blog')
    expect(resolve({ site: 'x'.repeat(64) }).settings.site).toHaveLength(64)
    expect('site' in resolve({}).settings).toBe(false)
  })

  it('reports a bad site once, naming the setting and an example, and sets none', () => {
    for (const [source, name] of [
      ['script', 'data-site'],
      ['global', 'window.chaoSettings.site'],
      ['api', 'createChat({ site })'],
    ] as const) {
      for (const bad of ['shop 2', 'x'.repeat(65), '', 'shop/2', 42]) {
        const report = vi.fn()
        const raw = { site: bad }
        const settings = resolveSettings(source === 'global' ? {} : raw, {
          ...base,
          source: source === 'global' ? 'script' : source,
          ...(source === 'global' ? { global: raw } : {}),
          report,
        })
        expect(settings.site).toBeUndefined()
        expect(report).toHaveBeenCalledOnce()
        expect(report.mock.calls[0]?.[0]).toBe(
          `[Chao] ${name} has an invalid value ${typeof bad === 'string' ? JSON.stringify(bad) : bad}. ` +
            'Accepted values: up to 64 letters, digits, - and _, e.g. "shop-2". Using none.',
        )
      }
    }
  })

  it('does not take objects from data attributes', () => {
    expect(resolve({ texts: '{"vi":{}}' }).messages[0]).toContain('data-texts has an invalid value')
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
