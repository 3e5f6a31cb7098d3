import { type Catalog, en } from './en.ts'
import type { Locale } from './locale.ts'
import { vi } from './vi.ts'

export const catalogs: { readonly vi: Catalog; readonly en: Catalog } = { vi, en }

export type MessageKey = keyof Catalog

/** Site-owner texts: any catalog key, per locale (`{ vi: { 'bot.greeting': '…' } }`). */
export type TextOverrides = Partial<Record<Locale, Partial<Catalog>>>

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

const PLACEHOLDER = /%\{(\w+)\}/g

/** Fills `%{name}`; a missing param stays visible, easier to spot than an empty gap. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

/**
 * Looks a string up in the site's overrides for the locale, then in the locale's catalog,
 * and fills its `%{name}` placeholders.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
  texts?: TextOverrides,
): string {
  const template = texts?.[locale]?.[key] ?? catalogs[locale][key] ?? catalogs.en[key]
  return params ? interpolate(template, params) : template
}

/** Keys of `texts` that are not catalog keys or not strings, as readable problems. */
export function checkTexts(texts: unknown): string[] {
  if (typeof texts !== 'object' || texts === null) return ['texts must be an object']
  const problems: string[] = []
  for (const [locale, strings] of Object.entries(texts)) {
    if (!Object.hasOwn(catalogs, locale)) {
      problems.push(`texts.${locale}: unsupported locale (use vi or en)`)
      continue
    }
    for (const [key, value] of Object.entries(strings ?? {})) {
      if (!Object.hasOwn(en, key)) problems.push(`texts.${locale}["${key}"]: unknown text key`)
      else if (typeof value !== 'string') problems.push(`texts.${locale}["${key}"] must be text`)
    }
  }
  return problems
}
