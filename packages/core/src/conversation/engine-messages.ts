import { atom, type WritableAtom } from 'nanostores'
import type { Translate } from '../i18n/translate.ts'
import type { BotReply } from './bot-reply.ts'
import type { Emitter } from './emitter.ts'
import type { ChatEngineOptions } from './engine-types.ts'
import type {
  Attachment,
  ChatEventMap,
  ConversationMessage,
  DeliverHook,
  TypingState,
} from './types.ts'

const COUNTED = new Set(['bot', 'agent'])

/**
 * One engine's message list and what follows from it: the read mark, the unread count and
 * the operations that add to or change the list, including delivery to a backend.
 * Positional parameters on purpose: they minify to one letter each, which the members of
 * an options object would not (the widget's bot-only bundle has a size budget).
 */
export function createMessageList(
  options: ChatEngineOptions,
  $open: WritableAtom<boolean>,
  $typing: WritableAtom<TypingState>,
  events: Emitter<ChatEventMap>,
  clock: () => number,
  createId: () => string,
  t: Translate,
  problem: (message: string) => void,
) {
  // Swapped by `attachTransport`; absent means bot only.
  let deliver = options.deliver
  const botDelay = options.botDelay ?? 0
  const $messages = atom<ConversationMessage[]>([])
  const $readUpTo = atom<string | null>(null)
  // Kept by hand rather than `computed`: appending while open changes both the messages
  // and the read mark, and the page must not see a one-instant badge in between.
  const $unread = atom(0)
  let batching = false
  const recount = () => {
    if (batching) return
    const messages = $messages.get()
    const readUpTo = $readUpTo.get()
    const from = readUpTo === null ? 0 : messages.findIndex((m) => m.id === readUpTo) + 1
    const count = messages.slice(from).filter((m) => COUNTED.has(m.author)).length
    if (count !== $unread.get()) $unread.set(count)
  }
  $messages.listen(recount)
  $readUpTo.listen(recount)
  $unread.listen((count) => events.emit('unread', count))

  const markRead = () => $readUpTo.set($messages.get().at(-1)?.id ?? null)

  /** Runs `change` with the unread count held, then marks read if open and recounts once. */
  function batch(change: () => void): void {
    batching = true
    change()
    if ($open.get()) markRead()
    batching = false
    recount()
  }

  function append(message: ConversationMessage): void {
    batch(() => $messages.set([...$messages.get(), message]))
    events.emit('message', message)
  }

  function update(id: string, patch: Partial<ConversationMessage>): void {
    $messages.set($messages.get().map((m) => (m.id === id ? { ...m, ...patch } : m)))
  }

  const timers = new Set<ReturnType<typeof setTimeout>>()
  function postBot(reply: BotReply, delay = botDelay): void {
    const post = () => append({ id: createId(), author: 'bot', createdAt: clock(), ...reply })
    if (delay <= 0) {
      post()
      return
    }
    $typing.set({ author: 'bot', name: t('bot.name') })
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (timers.size === 0 && $typing.get()?.author === 'bot') $typing.set(null)
      post()
    }, delay)
    timers.add(timer)
  }

  function send(message: ConversationMessage): void {
    if (!deliver) return
    update(message.id, { status: 'sending' })
    deliver(message).then(
      () => update(message.id, { status: 'sent' }),
      (error: unknown) => {
        update(message.id, { status: 'failed' })
        problem(`A message could not be delivered: ${String(error)}`)
      },
    )
  }

  function postVisitor(text: string, files?: Attachment[]): void {
    // Bot only: nothing goes over the network, so the message is delivered on the spot.
    const message: ConversationMessage = {
      id: createId(),
      author: 'visitor',
      text,
      createdAt: clock(),
      status: deliver ? 'sending' : 'sent',
    }
    if (files) message.attachments = files
    append(message)
    send(message)
  }

  /** A message from the backend: new, or a newer copy of one already listed. */
  function receive(message: ConversationMessage): void {
    if ($messages.get().some((m) => m.id === message.id)) update(message.id, message)
    else {
      if (message.author === 'agent' && $typing.get()?.author === 'agent') $typing.set(null)
      append({ ...message })
    }
  }

  /** Sends a failed visitor message again. */
  function retry(id: string): void {
    const message = $messages.get().find((m) => m.id === id)
    if (message?.status === 'failed') send(message)
  }

  function clearTimers(): void {
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
  }

  return {
    $messages,
    $readUpTo,
    $unread,
    markRead,
    batch,
    append,
    update,
    postBot,
    postVisitor,
    setDeliver: (hook: DeliverHook | undefined) => {
      deliver = hook
    },
    receive,
    retry,
    clearTimers,
  }
}
