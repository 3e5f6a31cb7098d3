import type {
  KeyValueStorage,
  Locale,
  ProactiveEvent,
  ProactiveMessage,
  TeamStatus,
} from '@chao/core'
import type { ChatHandle, StageCommand } from '../chat/chat-module.ts'
import type { AgentProactive } from '../live/page-views.ts'
import type { startPresence } from '../live/presence.ts'
import type { WidgetSettings } from '../settings/settings.ts'
import type {
  BubbleModule,
  ProactiveModule,
  ProactiveRunner,
  RuleCheckModule,
  SenderModule,
} from './start-proactive.ts'

// The boot stage's side of proactive messages: finds the rules, loads the engine at idle
// only if there are some, and keeps the page's commands meanwhile. It is in chao-boot.js,
// before intent, so it stays tiny: the engine's side is in start-proactive.ts.

export type PresenceModule = { startPresence: typeof startPresence }

export interface ProactiveLinkOptions {
  win: Window
  shadowRoot: ShadowRoot
  settings: WidgetSettings
  locale: () => Locale
  isOpen(): boolean
  /** Opens the chat with `message` in it; `reply`: the quick reply the visitor chose. */
  openWith(message: ProactiveMessage, reply?: ProactiveMessage['quickReplies'][number]): void
  canStore(): boolean
  /** The widget's route watcher, shared so the page's history is wrapped once. */
  watchRoutes: (win: Window, onChange: () => void) => () => void
  record(event: ProactiveEvent): void
  report(message: string): void
  /** Whether the visitor interacted with the widget or the site consented: events may go. */
  allowed(): boolean
  /** The engine chunk; the rule validator, for rules written in the page (not the server's). */
  loadProactive: () => Promise<ProactiveModule>
  loadRuleCheck: () => Promise<RuleCheckModule>
  /** The analytics sender, loaded on the first event of a site with a server. */
  loadSender: () => Promise<SenderModule>
  /** The bubble, loaded when the first message is due (a message is the visitor's intent). */
  loadBubble: () => Promise<BubbleModule>
  /** The presence connection, for sites that enable it (`presence`). */
  loadPresence: () => Promise<PresenceModule>
  /** Where the presence connection keeps the visitor's session; null: memory only. */
  storage: () => KeyValueStorage | null
}

export interface ProactiveLink {
  /** Sees every page command: `track` feeds the engine, identify/setAttributes the visitor. */
  command(name: StageCommand, args: readonly unknown[]): void
  /** Connects the mounted chat: its mode (agent or bot) and the visitor's messages. */
  attach(handle: ChatHandle): void
  /** Shows an agent's proactive message (loads the engine's chunk if the site has no rules). */
  deliver(frame: AgentProactive): void
  destroy(): void
}

/**
 * The server's rules (validated when an admin saved them). Errors stay quiet here: the chat
 * stage reports an unreachable server once, when the visitor opens it.
 */
async function serverRules(win: Window, server?: string, site?: string) {
  type Config = { proactive?: unknown; site?: { id?: string }; team?: TeamStatus }
  try {
    // `site` passed the settings' check (letters, digits, - and _): nothing to encode.
    const response = server
      ? await win.fetch(`${server}/api/v1/config${site ? `?site=${site}` : ''}`)
      : null
    return response?.ok ? ((await response.json()) as Config) : {}
  } catch {
    return {}
  }
}

/**
 * Starts the proactive link: at idle, finds the rules and loads the engine only if there are
 * some. Commands and the chat wait on that promise, in order (the page's calls made before
 * the engine loaded count too); without rules they go nowhere.
 */
export function linkProactive(options: ProactiveLinkOptions): ProactiveLink {
  const { win, settings } = options
  let destroyed = false
  let agentOnly: Promise<ProactiveRunner> | null = null
  let stopPresence: (() => void) | null = null

  const start = async (): Promise<ProactiveRunner | null> => {
    const { server, site: pageSite } = settings
    const fromPage = settings.proactive !== undefined
    const config = await serverRules(win, server, pageSite)
    const rules = fromPage ? settings.proactive : config.proactive
    // The page's site, else the one the config answered (undefined: presence stays off).
    const site = pageSite ?? config.site?.id
    // Presence (a site's explicit choice): connected from now on, whatever the rules.
    if (server && settings.presence) {
      void options.loadPresence().then(({ startPresence }) => {
        if (!destroyed)
          stopPresence = startPresence({ ...options, site, onProactive: link.deliver })
      }, options.report)
    }
    if (fromPage && !Array.isArray(rules)) options.report('[Chao] proactive: needs an array')
    if (destroyed || !Array.isArray(rules) || rules.length === 0) return null
    const [module, check] = await Promise.all([
      options.loadProactive(),
      fromPage ? options.loadRuleCheck() : null,
    ])
    return destroyed
      ? null
      : module.startProactive({
          ...options,
          rules,
          check: check?.checkRules,
          events: server && site ? { server, site } : undefined,
          team: config.team,
        })
  }
  const idle = win.requestIdleCallback ?? ((run: () => void) => win.setTimeout(run, 1))
  const runner = new Promise((resolve) => idle(() => resolve(0)))
    .then(start)
    // The loader's error names the file that did not load and what to do.
    .catch((error: unknown) => {
      options.report(`[Chao] ${String(error)}`)
      return null
    })
  const later = (run: (runner: ProactiveRunner) => void) => void runner.then((r) => r && run(r))

  const link: ProactiveLink = {
    command: (name, args) => later((r) => r.command(name, args)),
    attach: (handle) => later((r) => r.attach(handle)),
    deliver(frame) {
      void runner.then(async (r) => {
        // A site without rules: the bubble's chunk loads now, with no rule to run.
        agentOnly ??= r
          ? Promise.resolve(r)
          : options.loadProactive().then((m) => m.startProactive({ ...options, rules: [] }))
        ;(await agentOnly).deliver(frame)
      })
    },
    destroy() {
      destroyed = true
      stopPresence?.()
      later((r) => r.shutdown())
      void agentOnly?.then((r) => r.shutdown())
    },
  }
  return link
}
