import type { ChatMessage, QuickReply } from '@chao/protocol'
import { atom, type ReadableAtom } from 'nanostores'
import type { FaqEntry, FaqMatcher } from '../faq/types.ts'
import { isLocale, type Locale, SUPPORTED_LOCALES } from '../i18n/locale.ts'
import { type MessageKey, translate } from '../i18n/translate.ts'
import { answerReply, type BotReply, faqIdOfAction, replyToMatch } from './bot-reply.ts'
import { createIdGenerator } from './ids.ts'
import { cleanVisitorText } from './text.ts'

export interface ChatEngineOptions {
  locale: Locale
  /** The FAQ matcher that answers in bot mode; null or absent while no FAQ is loaded. */
  matcher?: FaqMatcher | null
  /** Milliseconds since the epoch; injectable for tests. */
  clock?: () => number
  createId?: () => string
}

export interface ChatEngine {
  $messages: ReadableAtom<ChatMessage[]>
  $open: ReadableAtom<boolean>
  $locale: ReadableAtom<Locale>
  /** True while the bot is "typing". Answers are synchronous today, so it stays false. */
  $botTyping: ReadableAtom<boolean>
  openWidget(): void
  closeWidget(): void
  toggleWidget(): void
  /** Trims, ignores blank text, caps at MAX_TEXT_LENGTH, then lets the bot answer. */
  sendMessage(text: string): void
  chooseQuickReply(reply: QuickReply): void
  setMatcher(matcher: FaqMatcher | null): void
  setLocale(locale: Locale): void
  t(key: MessageKey, params?: Record<string, string | number>): string
}

function assertLocale(locale: unknown): asserts locale is Locale {
  if (!isLocale(locale)) {
    throw new TypeError(
      `Unsupported locale ${JSON.stringify(locale)}; use one of: ${SUPPORTED_LOCALES.join(', ')}`,
    )
  }
}

/**
 * Creates one chat's headless engine. All state lives in the returned stores, so several
 * engines on a page (or in a test) never see each other.
 */
export function createChatEngine(options: ChatEngineOptions): ChatEngine {
  assertLocale(options.locale)
  const clock = options.clock ?? Date.now
  const createId = options.createId ?? createIdGenerator()
  let matcher = options.matcher ?? null
  let greeted = false

  const $messages = atom<ChatMessage[]>([])
  const $open = atom(false)
  const $locale = atom<Locale>(options.locale)
  const $botTyping = atom(false)

  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate($locale.get(), key, params)

  function append(message: ChatMessage): void {
    $messages.set([...$messages.get(), message])
  }

  function postBot(reply: BotReply): void {
    append({ id: createId(), author: 'bot', createdAt: clock(), ...reply })
  }

  function postVisitor(text: string): void {
    // Bot mode: nothing goes over the network, so the message is delivered on the spot.
    append({ id: createId(), author: 'visitor', text, createdAt: clock(), status: 'sent' })
  }

  const lookup = (id: string): FaqEntry | undefined => matcher?.getEntry?.(id)

  function answer(text: string): void {
    if (!matcher) {
      postBot({ text: t('bot.noKnowledge'), faqId: null })
      return
    }
    postBot(replyToMatch(matcher.match(text), lookup, t))
  }

  function openWidget(): void {
    $open.set(true)
    if (!greeted) {
      greeted = true
      postBot({ text: t('bot.greeting') })
    }
  }

  return {
    $messages,
    $open,
    $locale,
    $botTyping,
    openWidget,
    closeWidget: () => $open.set(false),
    toggleWidget: () => ($open.get() ? $open.set(false) : openWidget()),
    sendMessage(text) {
      const clean = cleanVisitorText(text)
      if (clean === '') return
      postVisitor(clean)
      answer(clean)
    },
    chooseQuickReply(reply) {
      const text = cleanVisitorText(reply.text ?? reply.label)
      if (text === '') return
      postVisitor(text)
      // A follow-up or "Did you mean" button names its entry: answer it without re-matching.
      const faqId = faqIdOfAction(reply.action)
      const entry = faqId === null ? undefined : lookup(faqId)
      if (entry) postBot(answerReply(entry, lookup))
      else answer(text)
    },
    setMatcher(next) {
      matcher = next
    },
    setLocale(locale) {
      assertLocale(locale)
      $locale.set(locale)
    },
    t,
  }
}
