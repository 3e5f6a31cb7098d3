import type { WritableAtom } from 'nanostores'
import type { HandoffReason } from '../bot/analytics.ts'
import type { LeadCapture } from '../contact/lead-capture.ts'
import type { Translate } from '../i18n/translate.ts'
import type { ConversationMode } from './types.ts'

export interface HandoffContext {
  $mode: WritableAtom<ConversationMode>
  $teamOnline: { get(): boolean | null }
  /** The plugged-in lead capture, if any. */
  lead: () => Pick<LeadCapture, 'wanted' | 'start'> | null
  /** Posts a system line. */
  system: (text: string) => void
  /** Emits the `handoff` event (the widget connects the chat to the team on it). */
  emit: (detail: { department?: string }) => void
  /** Records `bot:handoff` for the reports. */
  record: (reason: HandoffReason) => void
  t: Translate
}

/**
 * Handing the chat from the bot to a person: when the site wants the visitor's details
 * first (lead capture), the bot asks for them and the handoff waits; then a system line,
 * `$mode` 'human', the analytics event and the `handoff` event.
 */
export function createHandoff({
  $mode,
  $teamOnline,
  lead,
  system,
  emit,
  record,
  t,
}: HandoffContext) {
  function complete(department: string | undefined, reason: HandoffReason): void {
    if ($mode.get() === 'human') return
    $mode.set('human')
    const away = $teamOnline.get() === false
    system(t(away ? 'handoff.away' : 'handoff.requested'))
    record(reason)
    emit(department ? { department } : {})
  }
  return function requestHuman(department?: string, reason: HandoffReason = 'api'): void {
    if ($mode.get() === 'human') return
    const capture = lead()
    if (capture?.wanted('handoff', $teamOnline.get() === false)) {
      capture.start(() => complete(department, reason))
      return
    }
    complete(department, reason)
  }
}
