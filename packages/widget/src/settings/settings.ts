import type { FaqKnowledgeBase, Locale } from '@chao/core'

// This module is bundled into the script-tag loader, whose budget is a few kilobytes: it
// imports only types from @chao/core (erased) and keeps its own copy of the locale list.
// settings.test.ts checks that the copy matches core's SUPPORTED_LOCALES.

export type Position = 'right' | 'left'

/** Where the settings were written, so that errors quote what the developer actually typed. */
export type SettingsSource = 'script' | 'api'

/** The widget settings after validation: every value is usable as is. */
export interface WidgetSettings {
  locale: Locale
  position: Position
  /** Absolute URL of the FAQ JSON, or an inline knowledge base (npm API only). */
  faq?: string | FaqKnowledgeBase
  /** Absolute http(s) URL of the Chao server, without a trailing slash. */
  server?: string
  source: SettingsSource
}

export const LOCALES: readonly Locale[] = ['vi', 'en']
export const POSITIONS: readonly Position[] = ['right', 'left']

/** The settings a script tag may carry, in the order the docs list them. */
export const SETTING_KEYS = ['server', 'locale', 'faq', 'position'] as const

export interface ResolveContext {
  source: SettingsSource
  /** Base for relative URLs: the page's `document.baseURI`. */
  baseUrl: string
  /** `navigator.languages` (or `[navigator.language]`), for the default locale. */
  languages: readonly string[]
  /** Keys that are valid but not settings (the npm API's `target`, `data-cfasync`). */
  ignore?: readonly string[]
  /** Receives one message per invalid or unknown setting. Defaults to `console.error`. */
  report?: (message: string) => void
}

/** How a setting is spelled where the developer wrote it. */
export function settingName(source: SettingsSource, key: string): string {
  return source === 'script' ? `data-${key}` : `createChat({ ${key} })`
}

/** First supported locale among the browser's preferred languages, else English. */
export function defaultLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0]
    const found = LOCALES.find((locale) => locale === primary)
    if (found) return found
  }
  return 'en'
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

/** Absolute http(s) URL, or null. Relative URLs resolve against the page. */
function httpUrl(value: unknown, baseUrl: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null
  try {
    const url = new URL(value.trim(), baseUrl)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/**
 * Validates raw settings (data attributes or createChat options). An invalid value is
 * reported once, naming the setting, the value and what is accepted, and replaced by its
 * default: a typo must never break the host page.
 */
export function resolveSettings(
  raw: Readonly<Record<string, unknown>>,
  context: ResolveContext,
): WidgetSettings {
  const { source, baseUrl } = context
  const report = context.report ?? ((message: string) => console.error(message))
  const fallback = defaultLocale(context.languages)
  const invalid = (key: string, accepted: string, using: string) =>
    report(
      `[Chao] ${settingName(source, key)} has an invalid value ${show(raw[key])}. ` +
        `Accepted values: ${accepted}. Using ${using}.`,
    )
  const listed = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ')
  const settings: WidgetSettings = { locale: fallback, position: 'right', source }

  const known: readonly string[] = [...SETTING_KEYS, ...(context.ignore ?? [])]
  for (const key of Object.keys(raw)) {
    if (known.includes(key)) continue
    const accepted = SETTING_KEYS.map((k) => settingName(source, k)).join(', ')
    report(
      source === 'script'
        ? `[Chao] Unknown attribute data-${key} on the Chao script tag. ` +
            `Accepted attributes: ${accepted}. It is ignored.`
        : `[Chao] Unknown option "${key}" in createChat(). ` +
            `Accepted options: ${[...SETTING_KEYS, 'target'].join(', ')}. It is ignored.`,
    )
  }

  const { locale, position, server, faq } = raw
  if (locale !== undefined) {
    const found = LOCALES.find((l) => l === locale)
    if (found) settings.locale = found
    else invalid('locale', listed(LOCALES), `"${fallback}" (from the browser language)`)
  }
  if (position !== undefined) {
    const found = POSITIONS.find((p) => p === position)
    if (found) settings.position = found
    else invalid('position', listed(POSITIONS), '"right"')
  }
  if (server !== undefined) {
    const url = httpUrl(server, baseUrl)
    if (url) settings.server = url.replace(/\/+$/, '')
    else invalid('server', 'the http(s) URL of your Chao server', 'no server (FAQ bot only)')
  }
  if (faq !== undefined) {
    const url = httpUrl(faq, baseUrl)
    if (url) settings.faq = url
    else if (source === 'api' && faq !== null && typeof faq === 'object') {
      // An inline knowledge base; the chat stage validates it with parseFaqKb.
      settings.faq = faq as FaqKnowledgeBase
    } else {
      const object = source === 'api' ? ' or a knowledge base object' : ''
      invalid('faq', `the URL of your FAQ JSON${object}`, 'no FAQ')
    }
  }
  return settings
}
