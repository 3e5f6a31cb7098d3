import type { QuickReply } from '@chao/protocol'
import { atom, type WritableAtom } from 'nanostores'
import { createBotAnalytics } from '../bot/analytics.ts'
import { createBotFlow } from '../bot/flow.ts'
import { handoffOfAction } from '../bot/menu.ts'
import type { LeadCapture, LeadCaptureFactory, LeadField } from '../contact/lead-capture.ts'
import type { FaqEntry, FaqMatcher } from '../faq/types.ts'
import type { Translate } from '../i18n/translate.ts'
import { answerReply, type BotReply, faqIdOfAction } from './bot-reply.ts'
import type { Emitter } from './emitter.ts'
import type { ChatEngineOptions } from './engine-types.ts'
import { createHandoff } from './handoff.ts'
import type {
  ChatEventMap,
  ConversationMessage,
  ConversationMode,
  VisitorIdentity,
} from './types.ts'

export interface BotTurnContext {
  options: Pick<ChatEngineOptions, 'handoffKeywords' | 'leadCapture'>
  matcher: () => FaqMatcher | null
  lookup: (id: string) => FaqEntry | undefined
  $mode: WritableAtom<ConversationMode>
  $teamOnline: { get(): boolean | null }
  $visitor: { get(): VisitorIdentity }
  identify: (identity: VisitorIdentity) => void
  postBot: (reply: BotReply) => void
  append: (message: ConversationMessage) => void
  events: Pick<Emitter<ChatEventMap>, 'emit'>
  clock: () => number
  createId: () => string
  t: Translate
}

/**
 * The bot's side of the conversation: answering from the FAQ, asking for the visitor's
 * details when the site wants them (lead capture), handing over to a person, and the
 * analytics events of all that.
 */
export function createBotTurn(ctx: BotTurnContext) {
  const { options, lookup, $mode, postBot, events, clock, createId, t } = ctx
  let unanswered = false
  const flow = createBotFlow({
    matcher: ctx.matcher,
    lookup,
    t,
    keywords: options.handoffKeywords,
    onUnanswered: (text) => {
      unanswered = true
      events.emit('unanswered', { text })
    },
  })
  const bot = createBotAnalytics({ clock, emit: (e) => events.emit('analytics', e) })
  // Lead capture is plugged in (its code is a separate import): null while there is none.
  const $leadField = atom<LeadField | null>(null)
  let lead: LeadCapture | null = null
  const setLeadCapture = (factory: LeadCaptureFactory | null | undefined) => {
    lead?.reset()
    lead = factory
      ? factory({
          $asking: $leadField,
          visitor: () => ctx.$visitor.get(),
          identify: ctx.identify,
          say: (text, quickReplies) => postBot(quickReplies ? { text, quickReplies } : { text }),
          t,
        })
      : null
  }
  setLeadCapture(options.leadCapture)
  const requestHuman = createHandoff({
    $mode,
    $teamOnline: ctx.$teamOnline,
    lead: () => lead,
    system: (text) => ctx.append({ id: createId(), author: 'system', createdAt: clock(), text }),
    emit: (detail) => events.emit('handoff', detail),
    record: bot.handoff,
    t,
  })

  function answer(text: string) {
    if ($mode.get() !== 'bot') return
    unanswered = false
    const reply = flow.reply(text)
    if (!reply) return requestHuman(undefined, 'asked')
    postBot(reply)
    bot.question(text, reply.faqId ?? null, Boolean(reply.faqId))
    if (unanswered && lead?.wanted('unanswered')) lead.start()
  }

  return {
    flow,
    analytics: bot,
    $leadField,
    setLeadCapture,
    requestHuman,
    answer,
    /** A typed message: the answer to a lead question, else a question for the bot. */
    receive(text: string): void {
      if (!lead?.answer(text)) answer(text)
    },
    /** A quick reply the visitor chose (already shown as their message as `text`). */
    choose(reply: QuickReply, text: string) {
      if (lead?.skip(reply.action)) return
      lead?.cancel()
      const handoff = handoffOfAction(reply.action)
      // Only start-menu items name a department; the bare button comes with unsure answers.
      if (handoff) return requestHuman(handoff.department, handoff.department ? 'menu' : 'unsure')
      // A follow-up or "Did you mean" button names its entry: answer it without re-matching.
      const faqId = faqIdOfAction(reply.action)
      const entry = faqId === null ? undefined : lookup(faqId)
      if (!entry) return answer(text)
      postBot(answerReply(entry, lookup))
      bot.question(text, entry.id, true)
    },
    reset(): void {
      flow.reset()
      lead?.reset()
      bot.reset()
    },
  }
}
