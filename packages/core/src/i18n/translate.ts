import { type Catalog, en } from './en.ts'
import type { Locale } from './locale.ts'
import { vi } from './vi.ts'

export const catalogs: { readonly vi: Catalog; readonly en: Catalog } = { vi, en }

export type MessageKey = keyof Catalog

const PLACEHOLDER = /%\{(\w+)\}/g

/** Fills `%{name}`; a missing param stays visible, easier to spot than an empty gap. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

/** Looks a string up in the locale's catalog and fills its `%{name}` placeholders. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const template = catalogs[locale][key] ?? catalogs.en[key]
  return params ? interpolate(template, params) : template
}
