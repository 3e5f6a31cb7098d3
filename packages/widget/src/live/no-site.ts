import type { ChatEngine } from '@chao/core'
import { SITE_SETTING } from '../lazy/server-chat.ts'
import type { WidgetSettings } from '../settings/settings.ts'
import { applyFrame } from './apply-frame.ts'

type Engine = Pick<ChatEngine, 'receiveMessage' | 'setTyping' | 'setTeamStatus' | 't'>

/** The visitor's side when no person can be reached: "nobody is online, try again later". */
export function showUnavailable(engine: Engine): void {
  applyFrame(engine, {}, { type: 'handoff:unavailable', reason: 'no_agent_online' })
}

/**
 * The visitor asked for a person, but neither the page (`site`) nor the server's config
 * (which did not load) says which site this widget belongs to. Guessing `demo` would put
 * the chat in another site's inbox, or be refused: the visitor gets the no-agent line and
 * the page ONE error saying what to check.
 */
export function siteUnknown(
  engine: Engine,
  settings: Pick<WidgetSettings, 'server' | 'source'>,
  report: (message: string) => void,
): null {
  report(
    `[Chao] The live chat did not start: the site config (${settings.server}/api/v1/config) ` +
      'did not load, so the site this widget belongs to is unknown. Check that the server is ' +
      `reachable from this page, or set ${SITE_SETTING[settings.source]}.`,
  )
  showUnavailable(engine)
  return null
}
