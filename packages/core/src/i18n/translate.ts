import { type Catalog, en } from './en.ts'
import type { Locale } from './locale.ts'
import { interpolate, lookup, type TextOverrides } from './lookup.ts'
import { vi } from './vi.ts'

export { interpolate, type TextOverrides }

export const catalogs: { readonly vi: Catalog; readonly en: Catalog } = { vi, en }

export type MessageKey = keyof Catalog

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

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
  return lookup(catalogs, locale, key, params, texts)
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
