import type { WidgetEvent } from '@chao/protocol'
import { atom } from 'nanostores'
import { createIdGenerator } from '../conversation/ids.ts'

/**
 * Why the bot handed the chat to a person (`bot:handoff`'s `reason`):
 * `asked` the visitor typed a request for a person (or a site keyword), `unsure` they took
 * the "Talk to a person" button the bot offers when it cannot answer, `menu` a start-menu
 * item routed to a department, `api` the site called `requestHuman`.
 */
export type HandoffReason = 'asked' | 'unsure' | 'menu' | 'api'

/** The bot's share of the widget analytics events (`@chao/protocol` analytics). */
export type BotEvent = WidgetEvent & { type: 'bot:question' | 'bot:feedback' | 'bot:handoff' }

export interface BotAnalyticsContext {
  clock: () => number
  /** Session ids; default: random per engine (not the message ids, which tests count). */
  createId?: () => string
  emit: (event: BotEvent) => void
}

/**
 * What the bot did, as events for the site owner's reports: each question with its answer
 * (or none), each thumb, each handoff. All events of one bot conversation share a
 * `sessionId`, kept with the conversation (`$session`) and renewed by `reset`.
 */
export function createBotAnalytics({
  clock,
  createId = createIdGenerator(),
  emit,
}: BotAnalyticsContext) {
  const $session = atom(`b-${createId()}`)
  const base = () => ({ sessionId: $session.get(), at: clock() })
  return {
    $session,
    question(text: string, faqId: string | null, confident: boolean): void {
      const event: BotEvent = { type: 'bot:question', ...base(), text, confident }
      if (faqId !== null) event.faqId = faqId
      emit(event)
    },
    feedback(faqId: string, helpful: boolean): void {
      emit({ type: 'bot:feedback', ...base(), faqId, helpful })
    },
    handoff(reason: HandoffReason): void {
      emit({ type: 'bot:handoff', ...base(), reason })
    },
    /** A new conversation: a new session. */
    reset(): void {
      $session.set(`b-${createId()}`)
    },
  }
}
