import type { ChatMessage, QuickReply } from '@chao/protocol'
import type { FaqEntry, FaqMatch } from '../faq/types.ts'
import type { MessageKey } from '../i18n/translate.ts'

/** The parts of a bot message that depend on what the bot knows. */
export type BotReply = Pick<ChatMessage, 'text' | 'faqId' | 'quickReplies' | 'links'>

/** Alternatives below this similarity are too far off to offer as "Did you mean …?". */
export const SUGGESTION_MIN_SCORE = 0.4
/** …and so are those much weaker than the best alternative. */
export const SUGGESTION_MAX_GAP = 0.25
const MAX_SUGGESTIONS = 3

const FAQ_ACTION_PREFIX = 'faq:'

/** Quick-reply action that answers a FAQ entry directly, without matching its label again. */
export function faqAction(id: string): string {
  return `${FAQ_ACTION_PREFIX}${id}`
}

export function faqIdOfAction(action: string | undefined): string | null {
  return action?.startsWith(FAQ_ACTION_PREFIX) ? action.slice(FAQ_ACTION_PREFIX.length) : null
}

function quickReplyFor(entry: FaqEntry): QuickReply {
  const label = entry.questions[0] ?? entry.id
  return { label, text: label, action: faqAction(entry.id) }
}

/** The entry's answer, its links, and its follow-ups as quick replies. */
export function answerReply(
  entry: FaqEntry,
  lookup: (id: string) => FaqEntry | undefined,
): BotReply {
  const reply: BotReply = { text: entry.answer, faqId: entry.id }
  if (entry.links && entry.links.length > 0) reply.links = entry.links.map((link) => ({ ...link }))
  const followUps = (entry.followUps ?? [])
    .map(lookup)
    .filter((e): e is FaqEntry => e !== undefined)
    .map(quickReplyFor)
  if (followUps.length > 0) reply.quickReplies = followUps
  return reply
}

/**
 * What the bot says for a match. Not confident means "I don't know" with `faqId: null`:
 * close alternatives are offered as questions to pick, never presented as the answer.
 */
export function replyToMatch(
  match: FaqMatch,
  lookup: (id: string) => FaqEntry | undefined,
  t: (key: MessageKey) => string,
): BotReply {
  if (match.confident && match.entry) return answerReply(match.entry, lookup)
  const best = match.alternatives[0]?.score ?? 0
  const suggestions = match.alternatives
    .filter((c) => c.score >= SUGGESTION_MIN_SCORE && c.score >= best - SUGGESTION_MAX_GAP)
    .slice(0, MAX_SUGGESTIONS)
  if (suggestions.length === 0) return { text: t('bot.unsure'), faqId: null }
  return {
    text: `${t('bot.unsure')}\n\n${t('bot.didYouMean')}`,
    faqId: null,
    quickReplies: suggestions.map((c) => quickReplyFor(c.entry)),
  }
}
