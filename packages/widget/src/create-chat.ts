import type {
  Attributes,
  FaqKnowledgeBase,
  Locale,
  TextOverrides,
  VisitorIdentity,
} from '@chao/core'
import type { PageEvent, PageEventMap } from './chat/chat-module.ts'
import { createHost } from './host/create-host.ts'
import { LAUNCHER_LABEL } from './host/launcher-label.ts'
import { placeHost } from './host/place-host.ts'
import { createWidget, type Widget } from './host/widget.ts'
import {
  type ContactFieldName,
  type DisplayMode,
  type Position,
  resolveSettings,
  type Theme,
} from './settings/settings.ts'

/** Options of `createChat`; validated like the script tag's data attributes. */
export interface ChatOptions {
  /** Language of the widget. Default: the browser's language if supported, else 'en'. */
  locale?: Locale
  /** An inline FAQ knowledge base, or the URL of its JSON (relative to the page). */
  faq?: FaqKnowledgeBase | string
  /** URL of the Chao server; its site name becomes the window title. */
  server?: string
  /**
   * Which of the server's sites this chat belongs to (1–64 letters, digits, `-`, `_`).
   * Default: the server's default site, `demo`.
   */
  site?: string
  /** Corner of the launcher. Default 'right'. */
  position?: Position
  /** 'floating' (launcher, default), 'inline' (fills `target`/`container`), 'fullpage'. */
  mode?: DisplayMode
  /** CSS selector of the element an inline chat fills (or pass `target`). */
  container?: string
  /** CSS selector of the page's own button(s) that open the chat; hides the built-in one. */
  launcher?: string
  /** 'implicit' (default): store once the visitor interacts; 'required': after `consent()`. */
  consent?: 'implicit' | 'required'
  theme?: Theme
  primaryColor?: string
  font?: string
  zIndex?: number
  /** Pixels from the side and the bottom: `20` or `[20, 40]`. */
  offset?: number | [number, number]
  launcherText?: string
  /** http(s) URL of an image for the launcher. */
  launcherIcon?: string
  /** Window title; default: the site name from the server, else "Chat with us". */
  title?: string
  /** http(s) URL of the brand avatar in the header. */
  avatar?: string
  /** The bot's greeting after the salutation, in every locale (see `texts` per locale). */
  greeting?: string
  dir?: 'ltr' | 'rtl'
  /** Accepted attachment types (`['image/*', '.pdf']`); absent: no attachments. */
  attachments?: string[]
  /** Largest attachment in MB. Default 10. */
  maxFileSize?: number
  /** Contact details to ask for before chatting. */
  preChat?: ContactFieldName[]
  preChatVia?: 'form' | 'bot'
  /**
   * The bot asks for contact details in the chat, one at a time, e.g.
   * `'offline: name, email, phone?'` (`?`: skippable). When: `before-handoff`, `offline`
   * (before a handoff while the team is offline) or `after-unanswered`.
   */
  leadCapture?: string
  /** Let bot and agent messages show https images. Default false. */
  images?: boolean
  /** Storage namespace: chats with the same id (and tabs) share a conversation. Default 'chao'. */
  id?: string
  /** Site-owner texts per locale: any catalog key, e.g. `{ vi: { 'bot.greeting': '…' } }`. */
  texts?: TextOverrides
  /** Proactive message rules (docs/proactive.md); a bad rule is reported and skipped. */
  proactive?: unknown[]
  /** Connect at once (before any interaction) for the console's Live visitors. Default false. */
  presence?: boolean
  /** Element the widget is appended to. Default `document.body` (inline: the container). */
  target?: HTMLElement
}

/** A chat widget created by `createChat`. Nothing touches the page before `mount()`. */
export interface Chat {
  /** Adds the launcher to `target` (or the `target` option, or `document.body`). */
  mount(target?: HTMLElement): Chat
  /** Opens the window, loading the chat stage if needed. Mounts first if not mounted. */
  open(): void
  close(): void
  toggle(): void
  identify(visitor: VisitorIdentity): void
  setAttributes(attributes: Attributes): void
  setLocale(locale: Locale): void
  /** A custom event for proactive rules, e.g. `track('added-to-cart', { sku })`. */
  track(name: string, data?: Attributes): void
  /** The site's consent to store the conversation (with `consent: 'required'`). */
  consent(): void
  /** Listens to a widget event; returns the function that stops listening. */
  on<E extends PageEvent>(event: E, listener: (...args: PageEventMap[E]) => void): () => void
  off<E extends PageEvent>(event: E, listener: (...args: PageEventMap[E]) => void): void
  /** Logs out: forgets the visitor and the conversation on this device. */
  reset(): void
  /** Removes every element, listener and timer the chat added; it can be mounted again. */
  destroy(): void
}

const report = (message: string) => console.error(message)

/**
 * Creates a chat widget. Importing `@chao/widget` and calling this are side-effect free
 * (safe during SSR); `mount()` validates the options and shows the launcher. The chat
 * window (Preact, markdown) loads as a separate chunk on first intent.
 */
export function createChat(options: ChatOptions = {}): Chat {
  let widget: Widget | null = null
  // Listeners and calls made before mount() apply to the widget once mounted.
  const listeners: [PageEvent, (...args: never[]) => void, () => void][] = []
  const mounted = (): Widget | null => {
    if (!widget) chat.mount()
    return widget
  }
  const command = (name: Parameters<Widget['command']>[0], ...args: unknown[]) =>
    mounted()?.command(name, args)
  const chat: Chat = {
    mount(target) {
      if (widget) {
        report('[Chao] This chat is already mounted. Call destroy() before mounting it again.')
        return chat
      }
      const parent = target ?? options.target
      if (parent !== undefined && typeof parent?.append !== 'function') {
        report(`[Chao] mount(target) needs an HTML element, got ${String(parent)}. Using <body>.`)
      }
      const element = typeof parent?.append === 'function' ? parent : undefined
      const doc = element?.ownerDocument ?? document
      const nav = doc.defaultView?.navigator
      const settings = resolveSettings(options as Record<string, unknown>, {
        source: 'api',
        baseUrl: doc.baseURI,
        languages: nav?.languages?.length ? nav.languages : [nav?.language ?? 'en'],
        ignore: ['target'],
        report,
      })
      const parts = createHost(doc, settings, LAUNCHER_LABEL[settings.locale])
      widget = createWidget({
        doc,
        settings,
        parts,
        placement: placeHost(doc, parts.host, settings.container, element, report),
        loadChat: () => import('./chat/mount-chat.tsx'),
        loadProactive: () => import('./proactive/start-proactive.ts'),
        loadRuleCheck: () => import('./proactive/rule-check.ts'),
        loadSender: () => import('./proactive/send-events.ts'),
        loadBubble: () => import('./proactive/bubble.ts'),
        loadPresence: () => import('./live/presence.ts'),
        report,
      })
      for (const entry of listeners) {
        entry[2] = widget.on(entry[0], entry[1] as never)
      }
      return chat
    },
    open: () => mounted()?.open(),
    close: () => widget?.close(),
    toggle: () => mounted()?.toggle(),
    identify: (visitor) => command('identify', visitor),
    setAttributes: (attributes) => command('setAttributes', attributes),
    setLocale: (locale) => command('setLocale', locale),
    track: (name, data) => command('track', name, data),
    consent: () => command('consent'),
    reset: () => command('reset'),
    on(event, listener) {
      const entry: (typeof listeners)[number] = [
        event,
        listener as never,
        widget?.on(event, listener) ?? (() => {}),
      ]
      listeners.push(entry)
      return () => {
        entry[2]()
        listeners.splice(listeners.indexOf(entry) >>> 0, 1)
      }
    },
    off(event, listener) {
      for (const entry of listeners.filter(([e, l]) => e === event && l === listener)) {
        entry[2]()
        listeners.splice(listeners.indexOf(entry), 1)
      }
    },
    destroy() {
      widget?.destroy()
      widget = null
    },
  }
  return chat
}
