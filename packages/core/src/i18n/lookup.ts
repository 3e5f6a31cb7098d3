import type { Catalog } from './en.ts'
import type { Locale } from './locale.ts'

// The lookup without the catalogs themselves, so that a bundle can load only the catalog
// of the visitor's locale (the widget does; `translate` uses both, built in).

/**
 * The texts at hand, by locale: whole catalogs, or the parts loaded so far (the widget's
 * chat stage loads the visitor's locale, and a catalog's later part with the parts using it).
 */
export type Catalogs = Partial<Record<Locale, Partial<Catalog>>>

/** Site-owner texts: any catalog key, per locale (`{ vi: { 'bot.greeting': '…' } }`). */
export type TextOverrides = Partial<Record<Locale, Partial<Catalog>>>

const PLACEHOLDER = /%\{(\w+)\}/g

/** Fills `%{name}`; a missing param stays visible, easier to spot than an empty gap. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

/**
 * The site's override for the locale, else the locale's catalog, else English, else any
 * catalog at hand (a locale whose catalog is still loading), with `%{name}` filled.
 */
export function lookup(
  catalogs: Catalogs,
  locale: Locale,
  key: keyof Catalog,
  params?: Record<string, string | number>,
  texts?: TextOverrides,
): string {
  const template =
    texts?.[locale]?.[key] ??
    catalogs[locale]?.[key] ??
    catalogs.en?.[key] ??
    catalogs.vi?.[key] ??
    ''
  return params ? interpolate(template, params) : template
}
