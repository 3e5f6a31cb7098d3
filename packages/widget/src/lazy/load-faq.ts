import {
  createFaqMatcher,
  FaqKbError,
  type FaqKnowledgeBase,
  type FaqMatcher,
  parseFaqKb,
} from '@chao/core'
import { settingName, type WidgetSettings } from '../settings/settings.ts'

const TIMEOUT_MS = 10_000
const NO_BOT = 'The chat still works, but the FAQ bot cannot answer until this is fixed.'

export interface LoadOptions {
  report: (message: string) => void
  fetch?: typeof fetch
}

/**
 * The FAQ matcher for the widget's `faq` setting: fetched (URL) or inline, then validated
 * with parseFaqKb. On any failure, reports ONE error naming the source and the problem, and
 * resolves to null: the chat keeps working without the bot.
 */
export async function loadFaq(
  settings: Pick<WidgetSettings, 'faq' | 'source'>,
  { report, fetch: fetchImpl = fetch }: LoadOptions,
): Promise<FaqMatcher | null> {
  const { faq } = settings
  if (faq === undefined) return null
  const origin =
    typeof faq === 'string'
      ? `from ${faq} (${settingName(settings.source, 'faq')})`
      : 'passed to createChat({ faq })'

  let input: unknown = faq
  if (typeof faq === 'string') {
    let response: Response
    try {
      response = await fetchImpl(faq, { signal: AbortSignal.timeout(TIMEOUT_MS) })
    } catch (error) {
      report(
        `[Chao] Cannot load the FAQ ${origin}: ${describe(error)}. Check the URL and, if the ` +
          `file is on another origin, that it is served with CORS. ${NO_BOT}`,
      )
      return null
    }
    if (!response.ok) {
      report(
        `[Chao] Cannot load the FAQ ${origin}: the server answered HTTP ${response.status}. Check the URL. ${NO_BOT}`,
      )
      return null
    }
    try {
      input = await response.json()
    } catch (error) {
      report(`[Chao] The FAQ ${origin} is not valid JSON: ${describe(error)}. ${NO_BOT}`)
      return null
    }
  }

  let kb: FaqKnowledgeBase
  try {
    kb = parseFaqKb(input)
  } catch (error) {
    const problems =
      error instanceof FaqKbError ? `\n- ${error.issues.join('\n- ')}` : ` ${describe(error)}`
    report(`[Chao] The FAQ ${origin} is invalid. ${NO_BOT} Fix:${problems}`)
    return null
  }
  return createFaqMatcher(kb)
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
