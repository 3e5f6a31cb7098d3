import type { FaqKnowledgeBase, Locale } from '@chao/core'
import { LAUNCHER_LABEL } from './host/launcher-label.ts'
import { createWidget, type Widget } from './host/widget.ts'
import { type Position, resolveSettings } from './settings/settings.ts'

/** Options of `createChat`; validated like the script tag's data attributes. */
export interface ChatOptions {
  /** Language of the widget. Default: the browser's language if supported, else 'en'. */
  locale?: Locale
  /** An inline FAQ knowledge base, or the URL of its JSON (relative to the page). */
  faq?: FaqKnowledgeBase | string
  /** URL of the Chao server; its site name becomes the window title. */
  server?: string
  /** Corner of the launcher. Default 'right'. */
  position?: Position
  /** Element the widget is appended to. Default `document.body`. */
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
  /** Removes everything this chat added to the page. It can be mounted again. */
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

  const mounted = (): Widget | null => {
    if (!widget) chat.mount()
    return widget
  }

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
      widget = createWidget({
        doc,
        settings,
        label: LAUNCHER_LABEL[settings.locale],
        parent: element,
        loadChat: () => import('./chat/mount-chat.tsx'),
        report,
      })
      return chat
    },
    open: () => mounted()?.open(),
    close: () => widget?.close(),
    toggle: () => mounted()?.toggle(),
    destroy() {
      widget?.destroy()
      widget = null
    },
  }
  return chat
}
