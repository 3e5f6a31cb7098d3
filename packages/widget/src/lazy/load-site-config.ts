import type { WidgetSettings } from '../settings/settings.ts'
import type { LoadOptions } from './load-faq.ts'

// This chunk also loads before intent (the proactive rules come with the config), so it
// imports nothing at run time: not settings.ts nor load-faq.ts, which live in bigger chunks.
const SERVER_SETTING = {
  script: 'data-server',
  global: 'window.chaoSettings.server',
  api: 'createChat({ server })',
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
  settings: Pick<WidgetSettings, 'server' | 'source'>,
  { report, fetch: fetchImpl = fetch }: LoadOptions,
): Promise<SiteConfig | null> {
  const { server } = settings
  if (server === undefined) return null
  const url = `${server}/api/v1/config`
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
