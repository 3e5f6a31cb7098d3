export type Locale = 'vi' | 'en'

export const SUPPORTED_LOCALES: readonly Locale[] = Object.freeze(['vi', 'en'])

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(x)
}

export function assertLocale(locale: unknown): asserts locale is Locale {
  if (!isLocale(locale)) {
    throw new TypeError(
      `Unsupported locale ${JSON.stringify(locale)}; use one of: ${SUPPORTED_LOCALES.join(', ')}`,
    )
  }
}

// Scripts written right to left. No such catalog ships yet, but a site may force the
// direction (`dir: 'rtl'`), e.g. for an Arabic `texts` override; the layout mirrors.
const RTL = /^(ar|fa|he|ur|ps|dv|yi)(-|$)/i

/** Text direction of a BCP 47 language tag. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL.test(tag) ? 'rtl' : 'ltr'
}
