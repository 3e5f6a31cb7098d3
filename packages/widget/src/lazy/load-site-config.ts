import type { WidgetSettings } from '../settings/settings.ts'
import type { LoadOptions } from './load-faq.ts'

// This chunk also loads before intent (the proactive rules come with the config), so it
// imports nothing at run time: not settings.ts nor load-faq.ts, which live in bigger chunks.
const SERVER_SETTING = {
  script: 'data-server',
  global: 'window.chaoSettings.server',
  api: 'createChat({ server })',
} as const
export const SITE_SETTING = {
  script: 'data-site',
  global: 'window.chaoSettings.site',
  api: 'createChat({ site })',
} as const

const TIMEOUT_MS = 10_000

/** What the widget uses of the server's GET /api/v1/config (`{ site: { id, name } }`). */
export interface SiteConfig {
  siteName?: string
  /** The site id the live chat says `hello` with. */
  siteId?: string
  /** Proactive rules as the admin saved them (the engine validates them again). */
  proactive?: unknown[]
  /** The bot's lead capture as the admin saved it (the lead capture chunk checks it again). */
  leadCapture?: unknown
  /** The post-chat survey as the admin saved it (the live chat checks it again). */
  survey?: unknown
}

/**
 * Fetches the site config when a server is set. Unreachable or broken → ONE error saying
 * what to check, and null: the chat keeps working with the FAQ alone.
 */
export async function loadSiteConfig(
  settings: Pick<WidgetSettings, 'server' | 'site' | 'source'>,
  { report, fetch: fetchImpl = fetch }: LoadOptions,
): Promise<SiteConfig | null> {
  const { server, site: siteId } = settings
  if (server === undefined) return null
  const url = siteConfigUrl(server, siteId)
  const fail = (problem: string) => {
    report(
      `[Chao] Cannot reach the Chao server at ${server} (${SERVER_SETTING[settings.source]}): ` +
        `${problem}. Check that the server is running, that the URL is right, and that its ` +
        'allowed origins include this page. The chat works with the FAQ bot only.',
    )
    return null
  }
  try {
    const response = await fetchImpl(url, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { accept: 'application/json' },
    })
    if (response.status === 404 && (await errorCode(response)) === 'unknown_site') {
      reportUnknownSite(settings, report)
      return null
    }
    if (!response.ok) return fail(`GET ${url} answered HTTP ${response.status}`)
    const body: unknown = await response.json()
    if (typeof body !== 'object' || body === null)
      return fail(`GET ${url} did not return an object`)
    const { site } = body as { site?: { name?: unknown; id?: unknown } }
    const name = site?.name
    const config: SiteConfig =
      typeof name === 'string' && name.trim() ? { siteName: name.trim() } : {}
    if (typeof site?.id === 'string' && site.id) config.siteId = site.id
    const { proactive, leadCapture, survey } = body as Record<string, unknown>
    if (Array.isArray(proactive)) config.proactive = proactive
    if (leadCapture) config.leadCapture = leadCapture
    if (survey) config.survey = survey
    return config
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
}

// Sites already reported unknown, by server and site: the window, the live chat and a
// retried config all meet the same refusal, and the page hears of it once.
const unknownReported = new Set<string>()

/** The server answered `unknown_site` (config or live chat): ONE error naming the site id. */
export function reportUnknownSite(
  settings: Pick<WidgetSettings, 'server' | 'site' | 'source'>,
  report: (message: string) => void,
): void {
  const { server, site } = settings
  const key = `${server} ${site}`
  if (unknownReported.has(key)) return
  unknownReported.add(key)
  const name = SITE_SETTING[settings.source]
  report(
    site
      ? `[Chao] The Chao server at ${server} has no site "${site}" (${name}). Check the site ` +
          'id against the sites on that server. The chat works with the FAQ bot only.'
      : `[Chao] The Chao server at ${server} has no site "demo", its default when ${name} ` +
          'is not set. Set it to one of the sites on that server. The chat works with the FAQ ' +
          'bot only.',
  )
}

/** `GET /api/v1/config`, for `site` when the page set one (else the server's default site). */
export function siteConfigUrl(server: string, site: string | undefined): string {
  // `site` passed the settings' check (letters, digits, - and _): nothing to encode.
  return `${server}/api/v1/config${site ? `?site=${site}` : ''}`
}

/** The `error` code of a JSON error body (`{ error, message }`), if there is one. */
async function errorCode(response: Response): Promise<unknown> {
  try {
    return ((await response.json()) as { error?: unknown } | null)?.error
  } catch {
    return undefined
  }
}
