import type { QuickReply } from '@chao/protocol'
import { atom } from 'nanostores'
import { type BotReply, replyToMatch } from '../conversation/bot-reply.ts'
import type { FaqEntry, FaqMatcher } from '../faq/types.ts'
import type { Translate } from '../i18n/translate.ts'
import { asksForHuman } from './human-intent.ts'
import { handoffAction } from './menu.ts'

export interface BotFlowContext {
  matcher: () => FaqMatcher | null
  lookup: (id: string) => FaqEntry | undefined
  t: Translate
  /** Site words that always hand over (`handoffKeywords`). */
  keywords?: readonly string[] | undefined
  /** A question the FAQ could not answer, for the site owner to grow the KB. */
  onUnanswered: (text: string) => void
}

/** After this many unconfident answers in a row the bot offers a person first. */
export const UNSURE_BEFORE_OFFER = 2

/**
 * What the bot does with a visitor's text: hand over when asked for a person, else answer
 * from the FAQ. Unsure answers always carry a "Talk to a person" button; after two in a
 * row the bot leads with the offer. Returns null when the visitor should get a human.
 */
export function createBotFlow({ matcher, lookup, t, keywords, onUnanswered }: BotFlowContext) {
  let unsure = 0
  const $unanswered = atom<string[]>([])
  const human = (): QuickReply => ({ label: t('bot.talkToHuman'), action: handoffAction() })

  return {
    $unanswered,
    reply(text: string): BotReply | null {
      if (asksForHuman(text, keywords)) return null
      const faq = matcher()
      const reply = faq
        ? replyToMatch(faq.match(text), lookup, t)
        : { text: t('bot.noKnowledge'), faqId: null }
      if (reply.faqId !== null) {
        unsure = 0
        return reply
      }
      if (faq) {
        $unanswered.set([...$unanswered.get(), text])
        onUnanswered(text)
      }
      unsure++
      const suggestions = reply.quickReplies ?? []
      if (unsure >= UNSURE_BEFORE_OFFER) {
        return { ...reply, text: t('bot.offerHuman'), quickReplies: [human(), ...suggestions] }
      }
      return { ...reply, quickReplies: [...suggestions, human()] }
    },
    reset() {
      unsure = 0
      $unanswered.set([])
    },
  }
}
