import type { ChatEventMap, ConversationMode, ProactiveEvent } from '@chao/core'
import type { ReadableAtom } from 'nanostores'
import type { AgentProactive } from '../live/page-views.ts'
import type { WidgetSettings } from '../settings/settings.ts'

// The contract between the launcher (loaded first, tiny) and the chat stage (loaded on
// intent). Types only: the loader must not pull the chat stage into its bundle.

/**
 * Events the page may listen to with `Chao('on', event, listener)`, and their payloads:
 * the chat's own events that the page is allowed to see (one definition, in core), plus
 * `ready`; messages reach the page as copies, so changing one changes nothing.
 */
export type PageEventMap = Pick<
  ChatEventMap,
  'open' | 'close' | 'unread' | 'handoff' | 'feedback' | 'unanswered' | 'rated' | 'error' | 'page'
> & {
  /** The widget has started (launcher shown). */
  ready: []
  message: [unknown]
  /** A proactive message was shown, clicked, replied to or dismissed. */
  proactive: [ProactiveEvent]
}
export type PageEvent = keyof PageEventMap
export const PAGE_EVENTS: readonly PageEvent[] = [
  'ready',
  'open',
  'close',
  'message',
  'unread',
  'handoff',
  'feedback',
  'unanswered',
  'rated',
  'error',
  'page',
  'proactive',
]

/** Commands the chat stage runs (the loader buffers them until the stage is loaded). */
export type StageCommand =
  | 'identify'
  | 'setAttributes'
  | 'setLocale'
  | 'track'
  | 'reset'
  | 'consent'
  | 'setPage'
  /** A proactive message joins the conversation: [ProactiveMessage, reply text?]. */
  | 'proactive'

/** A mounted chat window inside a widget's shadow root. */
export interface ChatHandle {
  /** Resolves once the FAQ has loaded or failed (or after a few seconds). Never rejects. */
  readonly ready: Promise<void>
  /** Whether the window is open (the engine's store). */
  readonly $open: ReadableAtom<boolean>
  readonly $unread: ReadableAtom<number>
  /** 'human' while the visitor is with (or waiting for) an agent: no proactive message then. */
  readonly $mode: ReadableAtom<ConversationMode>
  /** Opens the window; `byVisitor: false` (inline mode, restore) does not count as consent. */
  open(byVisitor?: boolean): void
  close(): void
  /** Whether `node` is inside the chat window (to decide where focus goes on close). */
  contains(node: Node | null): boolean
  command(name: StageCommand, args: readonly unknown[]): void
  /** Listens to the stage's share of the page events (message, handoff, feedback, unanswered, rated, error, page). */
  on<E extends PageEvent>(event: E, listener: (...args: PageEventMap[E]) => void): () => void
  /** Unmounts the window and removes what mountChat added to the shadow root. */
  destroy(): void
}

export interface MountOptions {
  report: (message: string) => void
  /** Whether the site has already called `Chao('consent')`. */
  consented: boolean
  fetch?: typeof fetch
  /** How long the bot "types" before answering (tests set 0). */
  botDelay?: number
  /** An agent's proactive message arrived on the live connection. */
  onProactive?: (frame: AgentProactive) => void
}

/** What `chao-chat.js` (and the npm build's lazy chunk) exports. */
export interface ChatModule {
  mountChat(
    shadowRoot: ShadowRoot,
    settings: WidgetSettings,
    options?: Partial<MountOptions>,
  ): ChatHandle
}
