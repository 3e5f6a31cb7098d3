import type { ReadableAtom } from 'nanostores'
import type { WidgetSettings } from '../settings/settings.ts'

// The contract between the launcher (loaded first, tiny) and the chat stage (loaded on
// intent). Types only: the loader must not pull the chat stage into its bundle.

/** A mounted chat window inside a widget's shadow root. */
export interface ChatHandle {
  /** Resolves once the FAQ has loaded or failed (or after a few seconds). Never rejects. */
  readonly ready: Promise<void>
  /** Whether the window is open (the engine's store). */
  readonly $open: ReadableAtom<boolean>
  open(): void
  close(): void
  /** Whether `node` is inside the chat window (to decide where focus goes on close). */
  contains(node: Node | null): boolean
  /** Unmounts the window and removes what mountChat added to the shadow root. */
  destroy(): void
}

/** What `chao-chat.js` (and the npm build's lazy chunk) exports. */
export interface ChatModule {
  mountChat(shadowRoot: ShadowRoot, settings: WidgetSettings): ChatHandle
}
