import type { Consent } from '../consent/consent.ts'
import type { ChatEngine, DurableState } from '../conversation/engine-types.ts'
import type { ChannelFactory, ChannelLike } from '../sync/channel.ts'
import { deserialize, mergeMessages, serialize } from './serialize.ts'
import { type KeyValueStorage, PERSISTED_KEYS } from './storage.ts'

export interface PersistOptions {
  /** Namespace of the stored keys (the chat's `id`), e.g. `chao`. */
  key: string
  consent: Consent
  /** Shared by the site's tabs (localStorage): the conversation. Null: not persisted. */
  storage?: KeyValueStorage | null
  /** This tab only (sessionStorage): whether the window is open. */
  session?: KeyValueStorage | null
  /** Opens a BroadcastChannel, to keep the site's tabs in sync. Absent: no sync. */
  channel?: ChannelFactory | null
  report?: (message: string) => void
}

type SyncMessage = { type: 'state'; state: DurableState } | { type: 'reset' }

/**
 * Saves the declared durable state of a chat (see PERSISTED_KEYS) and keeps the site's
 * tabs in sync. Privacy: nothing is written and no channel is opened before consent is
 * granted. In `implicit` mode a conversation already stored (so consented to on an earlier
 * page) is read back at once; in `required` mode not even read before consent.
 * Returns a function that stops it (listeners, channel); the stored data stays.
 */
export function persistChat(engine: ChatEngine, options: PersistOptions): () => void {
  const { consent, storage, session, key } = options
  const conversationKey = PERSISTED_KEYS.conversation(key)
  const openKey = PERSISTED_KEYS.open(key)
  let warned = false
  const safely = <T>(action: () => T): T | null => {
    try {
      return action()
    } catch (error) {
      // Storage full, or blocked (privacy mode, sandboxed frame): chat in memory, say so once.
      if (!warned) options.report?.(`Cannot use the browser storage: ${String(error)}`)
      warned = true
      return null
    }
  }

  let channel: ChannelLike | null = null
  let resetting = false
  let restored = false
  const stops: (() => void)[] = [engine.on('interact', consent.interact)]

  const durable = (): DurableState => ({
    messages: engine.$messages.get(),
    visitor: engine.$visitor.get(),
    readUpTo: engine.$readUpTo.get(),
    mode: engine.$mode.get(),
    session: engine.$session.get(),
  })

  function restore(): void {
    if (restored) return
    restored = true
    const stored = deserialize(safely(() => storage?.getItem(conversationKey) ?? null))
    if (stored) {
      // The visitor may have chatted before consent: keep those messages too.
      stored.messages = mergeMessages(engine.$messages.get(), stored.messages)
      stored.visitor = { ...stored.visitor, ...engine.$visitor.get() }
      engine.hydrate(stored)
    }
    if (safely(() => session?.getItem(openKey)) === '1') engine.showWidget()
  }

  // What this tab last wrote or received. nanostores may run listeners later than the
  // change (when a change happens inside another store's listener), so a flag set around
  // `hydrate` cannot tell our own echo from a real change; comparing the content can.
  let last = ''
  let scheduled = false
  let stopped = false

  // Writes wait for the end of the current task: an action changes several stores one
  // after the other (reset, a message and its read mark), and only the final state counts.
  function schedule(): void {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      write()
    })
  }

  function write(): void {
    if (stopped || !consent.$granted.get()) return
    const state = durable()
    const json = serialize(state)
    if (json === last) return
    last = json
    const empty = state.messages.length === 0 && Object.keys(state.visitor).length === 0
    safely(() =>
      empty ? storage?.removeItem(conversationKey) : storage?.setItem(conversationKey, json),
    )
    channel?.postMessage({ type: 'state', state } satisfies SyncMessage)
  }

  function receive(data: unknown): void {
    const message = data as SyncMessage
    // Another tab of this site stores the conversation, so the visitor (implicit) or the
    // site (required) consented there; this tab joins in.
    if (!consent.$granted.get()) consent.grant()
    if (message?.type === 'reset') {
      resetting = true
      try {
        engine.reset()
      } finally {
        resetting = false
      }
    } else if (message?.type === 'state') {
      const next = {
        ...message.state,
        messages: mergeMessages(engine.$messages.get(), message.state.messages),
      }
      last = serialize(next)
      engine.hydrate(next)
    }
  }

  function listen(): void {
    if (channel || !options.channel) return
    channel = safely(() => options.channel?.(`${key}:sync`) ?? null)
    if (channel) channel.onmessage = (event) => receive(event.data)
  }

  function start(): void {
    restore()
    listen()
    write()
    safely(() => session?.setItem(openKey, engine.$open.get() ? '1' : '0'))
    const stores = [
      engine.$messages,
      engine.$visitor,
      engine.$readUpTo,
      engine.$mode,
      engine.$session,
    ]
    for (const store of stores) {
      stops.push((store as typeof engine.$mode).listen(schedule))
    }
    stops.push(
      engine.$open.listen((open) => void safely(() => session?.setItem(openKey, open ? '1' : '0'))),
      // Emitted before the stores are emptied: the other tabs reset first, so that the
      // empty state that follows is an echo to them, never merged with their old messages.
      engine.on('reset', () => {
        last = serialize({ messages: [], visitor: {}, readUpTo: null, mode: 'bot' })
        safely(() => {
          storage?.removeItem(conversationKey)
          session?.removeItem(openKey)
        })
        if (!resetting) channel?.postMessage({ type: 'reset' } satisfies SyncMessage)
      }),
    )
  }

  if (consent.mode === 'implicit' && !consent.$granted.get()) {
    // Reading is not writing. Something stored means the visitor chatted here before.
    if (safely(() => storage?.getItem(conversationKey))) consent.grant()
    // Listening writes nothing either: a conversation started in another tab shows here.
    else listen()
  }
  if (consent.$granted.get()) start()
  else {
    const stop = consent.$granted.listen((granted) => {
      if (!granted) return
      stop()
      start()
    })
    stops.push(stop)
  }

  return () => {
    stopped = true
    for (const stop of stops) stop()
    channel?.close()
    channel = null
  }
}
