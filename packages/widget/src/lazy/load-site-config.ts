import { settingName, type WidgetSettings } from '../settings/settings.ts'
import { describe, type LoadOptions } from './load-faq.ts'

const TIMEOUT_MS = 10_000

/** What the widget uses of the server's GET /api/v1/config (`{ site: { id, name } }`). */
export interface SiteConfig {
  siteName?: string
  /** The site id the live chat says `hello` with. */
  siteId?: string
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
      `[Chao] Cannot reach the Chao server at ${server} (${settingName(settings.source, 'server')}): ` +
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
    return config
  } catch (error) {
    return fail(describe(error))
  }
}
