import {
  createBrowserSignalsWith,
  createTrustedProactiveEngine,
  type ProactiveEvent,
  type ProactiveMessage,
  type ProactiveStorage,
  type ProactiveVisitor,
  type TeamStatus,
} from '@chao/core'
import type { ReadableAtom } from 'nanostores'
import type { ChatHandle, StageCommand } from '../chat/chat-module.ts'
import type { AgentProactive } from '../live/page-views.ts'
import type { ProactiveLinkOptions } from './link.ts'

/** What `chao-proactive.js` (and the npm build's lazy chunk) exports. */
export interface ProactiveModule {
  startProactive(host: ProactiveHost): ProactiveRunner
}
export interface RuleCheckModule {
  checkRules(input: readonly unknown[], report: (message: string) => void): readonly unknown[]
}

export type SenderModule = typeof import('./send-events.ts')
export type BubbleModule = typeof import('./bubble.ts')

export interface ProactiveHost
  extends Omit<
    ProactiveLinkOptions,
    'settings' | 'loadProactive' | 'loadRuleCheck' | 'loadPresence' | 'storage'
  > {
  rules: readonly unknown[]
  /** Where the events go (sites with a server): the reports' analytics endpoint. */
  events?: { server: string; site: string } | undefined
  /** The full validator, for rules written in the page; absent for the server's. */
  check?: RuleCheckModule['checkRules'] | undefined
  /** Business hours and agents online when the page loaded (the server's config). */
  team?: TeamStatus | undefined
}

export interface ProactiveRunner {
  /** The page's commands: track, and what the visitor told (identify, attributes, locale). */
  command(name: StageCommand, args: readonly unknown[]): void
  /** Connects the chat stage: its mode (agent or bot) and the visitor's messages. */
  attach(handle: ChatHandle): void
  /** An agent's message (`proactive` frame, from the console's Live visitors). */
  deliver(frame: AgentProactive): void
  shutdown(): void
}

type Box<T> = ReadableAtom<T> & { set(value: T): void }

/** The two members of a store the engine reads; no nanostores in this chunk. */
function box<T>(value: T): Box<T> {
  const listeners = new Set<(value: T) => void>()
  return {
    get: () => value,
    set(next: T) {
      value = next
      for (const listener of [...listeners]) listener(next)
    },
    listen(listener: (value: T) => void) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  } as unknown as Box<T>
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * The lazy proactive chunk: the rules engine on the real page's signals, and the bubble it
 * shows next to the launcher. Loaded only when the site has rules.
 */
export function startProactive(host: ProactiveHost): ProactiveRunner {
  const { win } = host
  const anonymous = (): ProactiveVisitor => ({ attributes: {}, language: host.locale() })
  const visitor = box(anonymous())
  const chatActive = box(false)
  const stops: (() => void)[] = []
  let removeBubble: (() => void) | null = null
  /** Bumped by each message and each clear: a bubble still loading for an older one is dropped. */
  let shown = 0
  let opened: string | null = null
  const storage: ProactiveStorage = {
    getItem: (key) => (host.canStore() ? win.localStorage.getItem(key) : null),
    setItem: (key, value) => {
      if (host.canStore()) win.localStorage.setItem(key, value)
    },
  }
  const clear = () => {
    shown++
    removeBubble?.()
    removeBubble = null
  }
  const open = (message: ProactiveMessage, reply?: ProactiveMessage['quickReplies'][number]) => {
    clear()
    opened = message.ruleId
    host.openWith(message, reply)
  }
  const fromRule = (ruleId: string) => !ruleId.startsWith('agent:')

  // The bubble's code loads when the first message is due: a proactive message is the
  // visitor's "intent" moment, so it stays out of what loads before intent (issue 4's 12 KB).
  let bubble: Promise<BubbleModule> | null = null
  const loadBubble = () => (bubble ??= host.loadBubble())
  // The loader's error names the file and what to do.
  const warnLoad = (error: unknown) => host.report(`[Chao] ${String(error)}`)

  function present(message: ProactiveMessage): void {
    // The chat is open already: the message goes straight into the conversation.
    if (message.delivery === 'open' || host.isOpen()) {
      open(message)
      return
    }
    clear()
    const turn = ++shown
    loadBubble().then(({ showBubble }) => {
      // A newer message, the chat opening or an agent taking over came first.
      if (turn !== shown) return
      const { ruleId } = message
      removeBubble = showBubble(host.shadowRoot, host.locale(), message, {
        open(reply) {
          if (fromRule(ruleId)) engine.click(ruleId)
          open(message, reply)
          // A quick reply is the visitor's reply, sent with the message.
          if (reply && fromRule(ruleId)) engine.replied(ruleId)
        },
        follow: () => fromRule(ruleId) && engine.click(ruleId),
        dismiss() {
          clear()
          if (fromRule(ruleId)) engine.dismiss(ruleId)
        },
      })
    }, warnLoad)
  }

  // Analytics. Events wait here until the visitor interacted (clicked, replied, dismissed,
  // opened the chat) or the site consented; only then does the sender load and post them,
  // so it is never part of what loads before intent.
  let acted = false
  let sender: Promise<ReturnType<SenderModule['proactiveEvents']> | null> | null = null
  const waiting: ProactiveEvent[] = []
  const allowed = () => acted || host.allowed()
  function send(): void {
    const { events } = host
    if (!events || !allowed() || waiting.length === 0) return
    sender ??= host.loadSender().then(
      (m) => {
        const created = m.proactiveEvents({ ...events, allowed, target: win })
        stops.push(created.stop)
        return created
      },
      () => null,
    )
    const batch = waiting.splice(0)
    void sender.then((s) => s?.send(batch))
  }
  function record(event: ProactiveEvent): void {
    host.record(event)
    if (event.type !== 'shown') acted = true
    if (waiting.push(event) > 50) waiting.shift()
    send()
  }

  const engine = createTrustedProactiveEngine({
    rules: (host.check ? host.check(host.rules, host.report) : host.rules) as never,
    signals: createBrowserSignalsWith(win as never, host.watchRoutes as never),
    storage,
    visitor,
    // Unknown without a server: businessHours / agentsOnline conditions then never hold.
    // (The engine reads an undefined team as null; `as never` spares the bytes of `?? null`.)
    $team: box(host.team) as never,
    $chatActive: chatActive,
    onShow: present,
    record,
  })
  // An agent taking the chat makes the bubble pointless.
  stops.push(chatActive.listen((active) => active && clear()))

  const merge = (attributes: Record<string, unknown>, identified?: boolean) => {
    const current = visitor.get()
    visitor.set({
      ...current,
      attributes: { ...current.attributes, ...attributes },
      ...(identified ? { identified } : {}),
    })
  }

  return {
    command(name, [first, second]) {
      if (name === 'track' && typeof first === 'string')
        engine.track(first, isObject(second) ? second : undefined)
      else if (name === 'identify' && isObject(first)) merge(first, true)
      else if (name === 'setAttributes' && isObject(first)) merge(first)
      else if (name === 'setLocale' && typeof first === 'string')
        visitor.set({ ...visitor.get(), language: first })
      else if (name === 'reset') visitor.set(anonymous())
    },
    attach(handle) {
      stops.push(
        handle.$mode.subscribe((mode) => chatActive.set(mode === 'human')),
        handle.$open.listen(send),
        handle.on('message', (message) => {
          // Replying counts for the message the visitor opened last (the engine counts once).
          if ((message as { author?: string }).author !== 'visitor' || !opened) return
          if (fromRule(opened)) engine.replied(opened)
        }),
      )
    },
    // The bubble's chunk turns an agent's frame into a message (it loads to show it anyway).
    deliver: (frame) => void loadBubble().then((m) => present(m.agentMessage(frame)), warnLoad),
    shutdown() {
      clear()
      for (const stop of stops.splice(0)) stop()
      engine.shutdown()
    },
  }
}
