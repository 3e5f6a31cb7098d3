/**
 * Widget analytics (protocol 1.3): what the bot and the proactive engine did in the
 * browser, which the server cannot see otherwise. The widget batches these events and
 * posts them to `POST /api/v1/sites/:site/events` as `{ events: [...] }` (fetch with
 * `keepalive`), only after the visitor interacted or consented. They feed the reports:
 * bot deflection, answer helpfulness, top unanswered questions, proactive performance.
 */
import { MAX_TEXT_LENGTH } from './message.ts'
import type { Infer } from './schema.ts'
import { array, boolean, id, integer, object, oneOf, optional, string } from './schema.ts'

export const ANALYTICS_LIMITS = {
  /** Events in one POST. */
  maxEvents: 50,
} as const

export const widgetEventType = oneOf(
  /** The visitor asked the bot something (`text`, `faqId` when answered, `confident`). */
  'bot:question',
  /** Thumbs on a bot answer (`faqId`, `helpful`). */
  'bot:feedback',
  /** The bot handed the chat to a person (`reason`). */
  'bot:handoff',
  /** A proactive rule's message (`ruleId`). */
  'proactive:shown',
  'proactive:clicked',
  'proactive:replied',
  'proactive:dismissed',
)
export type WidgetEventType = Infer<typeof widgetEventType>

export const widgetEvent = object({
  type: widgetEventType,
  /** Client-generated id of the visitor's bot session (one chat with the bot on this device). */
  sessionId: id,
  /** Epoch ms in the visitor's clock; the server clamps it to a sane window. */
  at: integer(0),
  text: optional(string(MAX_TEXT_LENGTH)),
  faqId: optional(string(200, 1)),
  confident: optional(boolean),
  helpful: optional(boolean),
  ruleId: optional(string(200, 1)),
  reason: optional(string(200)),
  pageUrl: optional(string(2048)),
})
export type WidgetEvent = Infer<typeof widgetEvent>

export const widgetEventBatch = object({
  events: array(widgetEvent, ANALYTICS_LIMITS.maxEvents),
})
export type WidgetEventBatch = Infer<typeof widgetEventBatch>
