import type { PageInfo } from './signals.ts'
import type { UtmField } from './types.ts'
import type { VisitorState } from './visitor-state.ts'

/** A gap longer than this starts a new session (and counts a new visit), as analytics do. */
export const SESSION_TIMEOUT_MS = 30 * 60 * 1000

const UTM_FIELDS: readonly UtmField[] = ['source', 'medium', 'campaign', 'term', 'content']

function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The `utm_*` parameters of `url`. */
export function utmOf(url: string): Partial<Record<UtmField, string>> {
  const params = parseUrl(url)?.searchParams
  const utm: Partial<Record<UtmField, string>> = {}
  for (const field of UTM_FIELDS) {
    const value = params?.get(`utm_${field}`)
    if (value) utm[field] = value
  }
  return utm
}

/** The referrer's host when it is another site; '' for none or the site itself. */
export function externalReferrer(page: PageInfo): string {
  const referrer = parseUrl(page.referrer)?.hostname ?? ''
  return referrer === (parseUrl(page.url)?.hostname ?? '') ? '' : referrer
}

/**
 * Marks the visitor as seen at `now` on `page`: starts a new session (one more visit) after a
 * long gap, and keeps the UTM parameters of the latest page that had some.
 */
export function touchSession(state: VisitorState, now: number, page: PageInfo): void {
  if (state.session.start === 0 || now - state.lastVisit > SESSION_TIMEOUT_MS) {
    state.visits += 1
    state.session = { start: now, shown: [], referrer: externalReferrer(page), utm: {} }
  }
  const utm = utmOf(page.url)
  if (Object.keys(utm).length > 0) state.session.utm = utm
  state.lastVisit = now
}
