import type { ChatModule } from '../chat/chat-module.ts'
import type { HostParts } from '../host/create-host.ts'
import type { Placement } from '../host/place-host.ts'
import { createWidget } from '../host/widget.ts'
import type { ChaoFunction } from '../loader/command-api.ts'
import { createCommandApi, replayQueue } from '../loader/command-api.ts'
import type { PresenceModule } from '../proactive/link.ts'
import type {
  BubbleModule,
  ProactiveModule,
  RuleCheckModule,
  SenderModule,
} from '../proactive/start-proactive.ts'
import type { WidgetSettings } from '../settings/settings.ts'
import { VERSION } from '../version.ts'

export type ChaoWindow = Window &
  typeof globalThis & { Chao?: ChaoFunction; chaoSettings?: Record<string, unknown> }

export interface StartOptions {
  win: ChaoWindow
  settings: WidgetSettings
  parts: HostParts
  placement: Placement
  /** Calls made before this stage loaded (the snippet's stub, then the loader's queue). */
  queue: ArrayLike<unknown>[]
  loadChat: () => Promise<ChatModule>
  /** Imports a file next to chao.js (the proactive engine's entries). */
  load: (file: string) => Promise<unknown>
  /** The visitor already reached for the launcher: load the chat stage now. */
  intent: boolean
  /** What window.Chao was before chao.js: restored by `shutdown`. */
  stub: ChaoFunction | undefined
  report: (message: string) => void
}

/**
 * The second stage of the script tag, loaded at idle (or on intent): the widget controller
 * and the full `window.Chao` API. It takes over the host the loader drew and replays the
 * calls queued so far.
 */
export function startWidget(options: StartOptions): void {
  const { win, stub } = options
  const widget = createWidget({
    doc: win.document,
    ...options,
    loadProactive: () => options.load('chao-proactive.js') as Promise<ProactiveModule>,
    loadRuleCheck: () => options.load('chao-rules.js') as Promise<RuleCheckModule>,
    loadSender: () => options.load('chao-events.js') as Promise<SenderModule>,
    loadBubble: () => options.load('chao-bubble.js') as Promise<BubbleModule>,
    loadPresence: () => options.load('chao-presence.js') as Promise<PresenceModule>,
  })
  const Chao = createCommandApi(widget, widget.report, VERSION, () => {
    widget.destroy()
    // Leave window.Chao as it was before the script: the site's stub, or nothing.
    if (stub) {
      stub.q = []
      win.Chao = stub
    } else delete win.Chao
  })
  win.Chao = Chao
  replayQueue(Chao, options.queue)
  if (options.intent) void widget.preload()
}
