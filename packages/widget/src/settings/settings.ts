import type { FaqKnowledgeBase, Locale, MenuItem, TextOverrides } from '@chao/core'
// This module is bundled into the script-tag loader, whose budget is a few kilobytes: it
// imports only types from @chao/core (erased) and keeps its own copies of the lists it
// needs. settings.test.ts checks the copies against core.

export type Position = 'right' | 'left'
export type DisplayMode = 'floating' | 'inline' | 'fullpage'
export type Theme = 'light' | 'dark' | 'auto'
export type ContactFieldName = 'name' | 'email' | 'phone'

/** Where a setting was written, so that errors quote what the developer actually typed. */
export type SettingsSource = 'script' | 'global' | 'api'

/** The widget settings after validation: every value is usable as is. */
export interface WidgetSettings {
  locale: Locale
  position: Position
  mode: DisplayMode
  consent: 'implicit' | 'required'
  theme: Theme
  /** Namespace of what is stored on the device; chats with the same id share a conversation. */
  id: string
  zIndex: number
  /** Pixels from the side and from the bottom. */
  offset: [number, number]
  /** Absolute URL of the FAQ JSON, or an inline knowledge base (npm API only). */
  faq?: string | FaqKnowledgeBase
  /** Absolute http(s) URL of the Chao server, without a trailing slash. */
  server?: string
  /** The server's site this widget belongs to; absent: the server's default site (`demo`). */
  site?: string
  /** `inline` mode: CSS selector of the element the chat fills. */
  container?: string
  /** CSS selector of the page's own button(s) that open the chat; hides the built-in one. */
  launcher?: string
  primaryColor?: string
  font?: string
  launcherText?: string
  launcherIcon?: string
  title?: string
  avatar?: string
  /** Site-owner greeting (overrides `bot.greeting` in every locale). */
  greeting?: string
  dir?: 'ltr' | 'rtl'
  /** Accepted file types; absent: no attachments. */
  attachments?: string[]
  /** Largest attachment in MB. */
  maxFileSize: number
  preChat?: ContactFieldName[]
  preChatVia: 'form' | 'bot'
  /** Whether bot and agent messages may show images (markdown `![]()`). */
  images: boolean
  texts?: TextOverrides
  /** Post-chat survey questions: `{ csat: true, nps: false, ces: false }` by default. */
  survey?: { csat?: boolean; nps?: boolean; ces?: boolean }
  /** Start menu under the greeting; checked item by item by the chat stage (core's cleanMenu). */
  menu?: MenuItem[]
  /** Words that make the bot hand over to a person at once. */
  handoffKeywords?: string[]
  /** `"offline: name, email, phone?"`: checked when its chunk loads (src/lazy/lead-capture.ts). */
  leadCapture?: string
  /** Proactive message rules (npm options or window.chaoSettings); the engine validates them. */
  proactive?: unknown[]
  /** Connect at idle, before any interaction, for Live visitors and agents' messages. */
  presence?: boolean
  source: SettingsSource
}

export const LOCALES: readonly Locale[] = ['vi', 'en']

type Kind =
  | readonly string[]
  | 'url'
  | 'faq'
  | 'text'
  | 'int'
  | 'color'
  | 'selector'
  | 'offset'
  | 'list'
  | 'fields'
  | 'number'
  | 'bool'
  | 'id'
  | 'object'

/** Every setting, in the order the docs list them, with what it accepts. */
export const SCHEMA: Readonly<Record<string, Kind>> = {
  server: 'url',
  site: 'id',
  locale: LOCALES,
  faq: 'faq',
  position: ['right', 'left'],
  mode: ['floating', 'inline', 'fullpage'],
  container: 'selector',
  launcher: 'selector',
  consent: ['implicit', 'required'],
  theme: ['light', 'dark', 'auto'],
  primaryColor: 'color',
  font: 'text',
  zIndex: 'int',
  offset: 'offset',
  launcherText: 'text',
  launcherIcon: 'url',
  title: 'text',
  avatar: 'url',
  greeting: 'text',
  dir: ['ltr', 'rtl'],
  attachments: 'list',
  maxFileSize: 'number',
  preChat: 'fields',
  preChatVia: ['form', 'bot'],
  images: 'bool',
  id: 'id',
  texts: 'object',
  survey: 'object',
  menu: 'object',
  handoffKeywords: 'list',
  // Text, also from JS: the loader has no bytes to spare for an object form.
  leadCapture: 'text',
  proactive: 'object',
  presence: 'bool',
}

const ACCEPTED: Record<string, string> = {
  url: 'an http(s) URL',
  faq: 'the URL of your FAQ JSON',
  text: 'a non-empty text',
  int: 'a whole number',
  color: 'a CSS colour, e.g. #1d4ed8',
  selector: 'a CSS selector, e.g. #help',
  offset: 'pixels: 20, or "20 40" (side bottom)',
  list: 'file types, e.g. "image/*,.pdf"',
  fields: 'fields among "name", "email", "phone"',
  number: 'a positive number',
  bool: '"true" or "false"',
  id: 'up to 64 letters, digits, - and _, e.g. "shop-2"',
  object: 'an object (not in a data attribute)',
}

export interface ResolveContext {
  source: SettingsSource
  /** Base for relative URLs: the page's `document.baseURI`. */
  baseUrl: string
  /** `navigator.languages` (or `[navigator.language]`), for the default locale. */
  languages: readonly string[]
  /** Settings from `window.chaoSettings`; `raw` (the data attributes) wins over them. */
  global?: Readonly<Record<string, unknown>> | undefined
  /** Keys that are valid but not settings (the npm API's `target`, `data-cfasync`). */
  ignore?: readonly string[]
  /** Receives one message per invalid or unknown setting. Defaults to `console.error`. */
  report?: (message: string) => void
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** How a setting is spelled where the developer wrote it. */
export function settingName(source: SettingsSource, key: string): string {
  if (source === 'script') return `data-${kebab(key)}`
  return source === 'global' ? `window.chaoSettings.${key}` : `createChat({ ${key} })`
}

/** First supported locale among the browser's preferred languages, else English. */
export function defaultLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const found = LOCALES.find((locale) => locale === tag.toLowerCase().split('-')[0])
    if (found) return found
  }
  return 'en'
}

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value))

/** The parsed value, or undefined when invalid. Strings come from data attributes. */
function parse(kind: Kind, value: unknown, context: ResolveContext, api: boolean): unknown {
  const text = typeof value === 'string' ? value.trim() : value
  if (typeof kind !== 'string') return kind.find((v) => v === text)
  // Objects come from the npm API or window.chaoSettings only; a FAQ may also be a URL.
  if (kind === 'object' || (kind === 'faq' && typeof value === 'object'))
    return api && typeof value === 'object' && value !== null ? value : undefined
  if (kind === 'bool')
    return text === true || text === 'true' || text === ''
      ? true
      : text === false || text === 'false'
        ? false
        : undefined
  if (kind === 'int' || kind === 'number') {
    const n = typeof text === 'number' ? text : Number(text)
    return Number.isFinite(n) && (kind === 'number' ? n > 0 : Number.isInteger(n)) && text !== ''
      ? n
      : undefined
  }
  if (kind === 'offset') {
    const parts = Array.isArray(text) ? text : String(text).split(/[\s,]+/)
    const n = parts.map(Number)
    if (n.length < 1 || n.length > 2 || n.some((x) => !(x >= 0))) return undefined
    return [n[0], n[1] ?? n[0]]
  }
  if (kind === 'list' || kind === 'fields') {
    const list = (Array.isArray(text) ? text : String(text).split(','))
      .map((s) => String(s).trim())
      .filter(Boolean)
    if (kind === 'fields')
      return list.length > 0 && list.every((f) => ['name', 'email', 'phone'].includes(f))
        ? list
        : undefined
    return list.length > 0 ? list : undefined
  }
  if (typeof text !== 'string' || text === '') return undefined
  if (kind === 'url' || kind === 'faq') {
    try {
      const url = new URL(text, context.baseUrl)
      return /^https?:$/.test(url.protocol) ? url.href : undefined
    } catch {
      return undefined
    }
  }
  if (kind === 'color')
    return (globalThis.CSS?.supports?.('color', text) ?? /^#[0-9a-f]{3,8}$/i.test(text))
      ? text
      : undefined
  if (kind === 'id') return /^[\w-]{1,64}$/.test(text) ? text : undefined
  if (kind === 'selector') {
    try {
      globalThis.document?.createDocumentFragment().querySelector(text)
      return text
    } catch {
      return undefined
    }
  }
  return text
}

/**
 * Validates raw settings (data attributes, window.chaoSettings or createChat options). An
 * invalid value is reported once, naming the setting, the value and what is accepted, and
 * replaced by its default: a typo must never break the host page.
 */
export function resolveSettings(
  raw: Readonly<Record<string, unknown>>,
  context: ResolveContext,
): WidgetSettings {
  const report = context.report ?? ((message: string) => console.error(message))
  const fallback = defaultLocale(context.languages)
  const settings: WidgetSettings = {
    locale: fallback,
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
    source: context.source,
  }
  const values = settings as unknown as Record<string, unknown>
  const layers: [SettingsSource, Readonly<Record<string, unknown>>][] = [
    ['global', context.global ?? {}],
    [context.source, raw],
  ]
  for (const [source, layer] of layers) {
    const entries = Object.entries(layer).filter(([key, value]) => {
      if (SCHEMA[key] || context.ignore?.includes(key) || value === undefined) return true
      const accepted = Object.keys(SCHEMA).map((k) =>
        source === 'script' ? `data-${kebab(k)}` : k,
      )
      report(
        `[Chao] Unknown setting ${settingName(source, key)}. ` +
          `Accepted: ${accepted.join(', ')}. It is ignored.`,
      )
      return false
    })
    for (const [key, value] of entries) {
      const kind = SCHEMA[key]
      if (!kind || value === undefined) continue
      const parsed = parse(kind, value, context, source !== 'script')
      if (parsed !== undefined) {
        values[key] = parsed
        continue
      }
      const accepted =
        typeof kind === 'string' ? ACCEPTED[kind] : kind.map((v) => `"${v}"`).join(', ')
      const current = values[key]
      const using =
        key === 'locale'
          ? `"${fallback}" (from the browser language)`
          : current === undefined
            ? 'none'
            : show(current)
      report(
        `[Chao] ${settingName(source, key)} has an invalid value ${show(value)}. ` +
          `Accepted values: ${accepted}. Using ${using}.`,
      )
    }
  }
  const { server } = settings
  if (server) settings.server = server.replace(/\/+$/, '')
  return settings
}
