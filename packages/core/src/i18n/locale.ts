export type Locale = 'vi' | 'en'

export const SUPPORTED_LOCALES: readonly Locale[] = Object.freeze(['vi', 'en'])

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(x)
}
