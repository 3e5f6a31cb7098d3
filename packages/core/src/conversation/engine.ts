import type { ConnectionState } from '@chao/protocol'
import { atom } from 'nanostores'
import { cleanMenu, menuReplies } from '../bot/menu.ts'
import { createContactFlow } from '../contact/collect.ts'
import { cleanRating } from '../csat/answers.ts'
import type { FaqEntry } from '../faq/types.ts'
import { greetingText } from '../greeting/greeting.ts'
import { assertLocale, type Locale } from '../i18n/locale.ts'
import { type Catalogs, lookup as lookupText } from '../i18n/lookup.ts'
import { catalogs as builtIn, type Translate } from '../i18n/translate.ts'
import { rejectFile } from './attachments.ts'
import { createBotTurn } from './bot-turn.ts'
import { createEmitter } from './emitter.ts'
import { createMessageList } from './engine-messages.ts'
import type { ChatEngine, ChatEngineOptions, Transport } from './engine-types.ts'
import { createIdGenerator } from './ids.ts'
import { cleanVisitorText } from './text.ts'
import type {
  Attachment,
  Attributes,
  ChatEventMap,
  ConversationMessage,
  ConversationMode,
  TypingState,
  VisitorIdentity,
} from './types.ts'
import { cleanAttributes, cleanIdentity } from './visitor.ts'

export type { ChatEngine, ChatEngineOptions, DurableState, Transport } from './engine-types.ts'

/**
 * Creates one chat's headless engine. All state lives in the returned stores, so several
 * engines on a page (or in a test) never see each other. Nothing here touches a browser
 * API: time, ids, storage and transport are injected.
 */
export function createChatEngine(options: ChatEngineOptions): ChatEngine {
  return createChatEngineWith(options, builtIn)
}

/**
 * `createChatEngine` with the catalogs at hand (the widget loads the visitor's locale only,
 * and adds others with `addCatalog`), so that a bundle does not carry every catalog.
 */
export function createChatEngineWith(options: ChatEngineOptions, catalogs: Catalogs): ChatEngine {
  assertLocale(options.locale)
  const clock = options.clock ?? Date.now
  const createId = options.createId ?? createIdGenerator()
  const hourOf = options.hourOf ?? ((ms: number) => new Date(ms).getHours())
  const report = options.report ?? (() => {})
  const { attachments, preChat } = options
  let matcher = options.matcher ?? null
  const events = createEmitter<ChatEventMap>((error) =>
    report(`An event listener threw: ${String(error)}`),
  )

  const $open = atom(false)
  const $locale = atom<Locale>(options.locale)
  const $typing = atom<TypingState>(null)
  const $teamOnline = atom<boolean | null>(null)
  const $visitor = atom<VisitorIdentity>({})
  const $attributes = atom<Attributes>({})
  const $mode = atom<ConversationMode>('bot')
  const $draft = atom('')
  const $notice = atom<string | null>(null)
  const $page = atom<{ url: string; title: string } | null>(null)
  const $connection = atom<ConnectionState>('idle')
  const follow = (link?: Transport['connection']) => link?.subscribe((s) => $connection.set(s))
  follow(options.connection)
  // A plain atom kept in step with $visitor: `computed` would add nanostores' lifecycle
  // module to the widget bundle for this one derived value.
  const pending = (visitor: VisitorIdentity) =>
    preChat?.via === 'form' && preChat.fields.some((field) => !visitor[field])
  const $preChatPending = atom(pending({}))
  $visitor.listen((visitor) => $preChatPending.set(pending(visitor)))
  $open.listen((open) => events.emit(open ? 'open' : 'close'))

  // A new object per added catalog: views re-render on it (the locale itself may not change).
  const $catalogs = atom<Catalogs>({ ...catalogs })
  const t: Translate = (key, params) =>
    lookupText($catalogs.get(), $locale.get(), key, params, options.texts)
  const problem = (message: string) => {
    report(message)
    events.emit('error', { message })
  }

  const list = createMessageList(options, $open, $typing, events, clock, createId, t, problem)
  const { $messages, $readUpTo, $unread, markRead, append, update, postBot, postVisitor } = list

  const lookup = (id: string): FaqEntry | undefined => matcher?.getEntry?.(id)

  const menu = options.menu ? cleanMenu(options.menu) : null
  for (const p of menu?.problems ?? []) report(p)
  const bot = createBotTurn({
    options,
    matcher: () => matcher,
    lookup,
    $mode,
    $teamOnline,
    $visitor,
    identify: (identity) => identify(identity),
    postBot: (reply) => postBot(reply),
    append,
    events,
    clock,
    createId,
    t,
  })

  const interact = () => events.emit('interact')

  function showWidget(): void {
    if ($messages.get().length === 0) {
      const now = clock()
      const text = greetingText(t, hourOf(now), $visitor.get().name)
      const greeting: ConversationMessage = { id: createId(), author: 'bot', createdAt: now, text }
      if (menu?.value.length) greeting.quickReplies = menuReplies(menu.value)
      append(greeting)
      contact.askNext(false)
    }
    $open.set(true)
    markRead()
  }

  function openWidget(): void {
    interact()
    showWidget()
  }

  function identify(identity: VisitorIdentity): void {
    const { value, problems } = cleanIdentity(identity)
    for (const p of problems) problem(p)
    if (Object.keys(value).length > 0) $visitor.set({ ...$visitor.get(), ...value })
  }

  const contact = createContactFlow({
    preChat,
    visitor: () => $visitor.get(),
    identify,
    say: (text) => postBot({ text }),
    t,
  })

  return {
    $messages,
    $open,
    $locale,
    $catalogs,
    $typing,
    $teamOnline,
    $unread,
    $readUpTo,
    $visitor,
    $attributes,
    $mode,
    $draft,
    $notice,
    $preChatPending,
    $unanswered: bot.flow.$unanswered,
    $session: bot.analytics.$session,
    $leadField: bot.$leadField,
    $connection,
    $page,
    attachments,
    preChat,
    on: events.on,
    openWidget,
    showWidget,
    closeWidget: () => $open.set(false),
    toggleWidget: () => ($open.get() ? $open.set(false) : openWidget()),
    sendMessage(text) {
      const clean = cleanVisitorText(text)
      if (clean === '') return
      interact()
      $draft.set('')
      postVisitor(clean)
      if (!contact.answer(clean)) bot.receive(clean)
    },
    retryMessage: list.retry,
    chooseQuickReply(reply) {
      const text = cleanVisitorText(reply.text ?? reply.label)
      if (text === '') return
      interact()
      postVisitor(text)
      bot.choose(reply, text)
    },
    attachFiles(files) {
      interact()
      const accepted: Attachment[] = []
      for (const file of files) {
        const reason = rejectFile(attachments, file, t)
        if (reason) $notice.set(reason)
        else accepted.push(file)
      }
      if (accepted.length > 0) postVisitor('', accepted)
    },
    setDraft(text) {
      if (text !== '') interact()
      $draft.set(text)
    },
    showNotice: (text) => $notice.set(text),
    dismissNotice: () => $notice.set(null),
    submitPreChat(values) {
      interact()
      return contact.submit(values)
    },
    receiveMessage: list.receive,
    setMessageStatus: (id, status) => update(id, { status }),
    setTyping(author, on, name) {
      if (on) $typing.set(name ? { author, name } : { author })
      else if ($typing.get()?.author === author) $typing.set(null)
    },
    setTeamStatus: (online) => $teamOnline.set(online),
    attachTransport(transport) {
      list.setDeliver(transport.deliver)
      const stop = follow(transport.connection)
      return () => {
        stop?.()
        list.setDeliver(options.deliver)
        $connection.set('idle')
      }
    },
    identify,
    setAttributes(attributes) {
      const { value, problems } = cleanAttributes(attributes)
      for (const p of problems) problem(p)
      $attributes.set({ ...$attributes.get(), ...value })
    },
    setLocale(locale) {
      assertLocale(locale)
      $locale.set(locale)
    },
    addCatalog(locale, catalog) {
      const all = $catalogs.get()
      $catalogs.set({ ...all, [locale]: { ...all[locale], ...catalog } })
    },
    track(name, data) {
      if (typeof name !== 'string' || name.trim() === '') {
        return problem('track needs an event name, e.g. track("added-to-cart")')
      }
      const clean = data === undefined ? undefined : cleanAttributes(data)
      for (const p of clean?.problems ?? []) problem(p)
      events.emit('track', clean ? { name, data: clean.value } : { name })
    },
    setPage(url, title = '') {
      const current = $page.get()
      if (current?.url === url && current.title === title) return
      $page.set({ url, title })
      events.emit('page', { url, title })
    },
    requestHuman: (department) => bot.requestHuman(department),
    sendFeedback(messageId, helpful) {
      const message = $messages.get().find((m) => m.id === messageId)
      if (message?.author !== 'bot' || !message.faqId || message.helpful === helpful) return
      update(messageId, { helpful })
      events.emit('feedback', { messageId, faqId: message.faqId, helpful })
      bot.analytics.feedback(message.faqId, helpful)
    },
    rate(rating, comment) {
      const input = typeof rating === 'number' ? { score: rating, comment } : rating
      const { value, problem: wrong } = cleanRating(input)
      if (wrong) return problem(`rate: ${wrong}`)
      const about = typeof rating === 'object' ? rating.conversationId : undefined
      events.emit('rated', about === undefined ? value : { ...value, conversationId: about })
    },
    reset() {
      // First, so that persistence forgets the stored copy before the stores empty.
      events.emit('reset')
      list.clearTimers()
      $open.set(false)
      $messages.set([])
      $readUpTo.set(null)
      $visitor.set({})
      $attributes.set({})
      $mode.set('bot')
      $draft.set('')
      $notice.set(null)
      $typing.set(null)
      contact.$collecting.set(null)
      bot.reset()
    },
    setLeadCapture: (factory) => bot.setLeadCapture(factory),
    setMatcher(next) {
      matcher = next
    },
    hydrate(state) {
      list.batch(() => {
        if (state.messages) $messages.set(state.messages)
        if (state.visitor) $visitor.set(state.visitor)
        if (state.readUpTo !== undefined) $readUpTo.set(state.readUpTo)
        if (state.mode) $mode.set(state.mode)
        if (state.session) bot.analytics.$session.set(state.session)
      })
    },
    dispose: list.clearTimers,
    t,
  }
}
