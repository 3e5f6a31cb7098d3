import type { Locale } from '@chao/core'
import type {
  ChatHandle,
  ChatModule,
  PageEvent,
  PageEventMap,
  StageCommand,
} from '../chat/chat-module.ts'
import { linkProactive, type PresenceModule } from '../proactive/link.ts'
import type {
  BubbleModule,
  ProactiveModule,
  RuleCheckModule,
  SenderModule,
} from '../proactive/start-proactive.ts'
import type { WidgetSettings } from '../settings/settings.ts'
import type { HostParts } from './create-host.ts'
import { createEmitter } from './emitter.ts'
import { launcherLabel } from './launcher-label.ts'
import type { Placement } from './place-host.ts'
import { storedConversation } from './stored.ts'
import { watchRoutes } from './watch-routes.ts'

export interface WidgetOptions {
  doc: Document
  settings: WidgetSettings
  /** Loads the chat stage. Rejects with an Error whose message says what to check. */
  loadChat: () => Promise<ChatModule>
  /** The host and launcher, drawn by the loader (or createChat) before this runs. */
  parts: HostParts
  /** When the host is in the page. */
  placement: Placement
  report?: ((message: string) => void) | undefined
  /** The proactive engine and bubble; loaded at idle, only when the site has rules. */
  loadProactive: () => Promise<ProactiveModule>
  /** The full rule validator, for rules written in the page. */
  loadRuleCheck: () => Promise<RuleCheckModule>
  /** The analytics sender, for the proactive engine's events. */
  loadSender: () => Promise<SenderModule>
  loadBubble: () => Promise<BubbleModule>
  /** The presence connection (`presence` setting). */
  loadPresence: () => Promise<PresenceModule>
}

type Listener<E extends PageEvent> = (...args: PageEventMap[E]) => void

/** One widget on the page: the host, its launcher, and the chat stage once loaded. */
export interface Widget {
  readonly host: HTMLElement
  readonly shadowRoot: ShadowRoot
  open(): void
  close(): void
  toggle(): void
  /** Runs a command in the chat stage, or keeps it until the stage is loaded. */
  command(name: StageCommand, args: readonly unknown[]): void
  on<E extends PageEvent>(event: E, listener: Listener<E>): () => void
  /** Prints a `[Chao]` error and tells the page's `error` listeners. */
  report(message: string): void
  /** Starts loading and mounting the chat stage, hidden. Called on intent (hover, focus). */
  preload(): Promise<ChatHandle | null>
  destroy(): void
}

/**
 * Creates the host and launcher now and mounts the chat stage on demand. Shared by the
 * script-tag loader and the npm `createChat`, so both behave the same.
 */
export function createWidget(options: WidgetOptions): Widget {
  const { doc, settings } = options
  const win = doc.defaultView as Window
  const report = (message: string) => {
    ;(options.report ?? console.error)(message)
    events.emit('error', { message })
  }
  // Not `report`: an `error` listener that throws must not loop.
  const events = createEmitter<PageEventMap>((error) =>
    (options.report ?? console.error)(`[Chao] A listener of the page threw: ${String(error)}`),
  )
  let locale: Locale = settings.locale
  const { host, shadowRoot, launcher, badge } = options.parts
  const pageLauncher = settings.launcher
  const always = settings.mode !== 'floating'
  let loading: Promise<ChatHandle | null> | null = null
  let handle: ChatHandle | null = null
  let ready = false
  // The state asked for while the chat stage is still loading; applied once it is ready.
  let wanted: boolean | null = null
  let byVisitor = true
  let destroyed = false
  // After a failed load, only a click retries: hovering must not repeat the error.
  let failed = false
  let consented = false
  let unread = 0
  let returnFocus: HTMLElement | null = launcher
  const pending: [StageCommand, readonly unknown[]][] = []
  const cleanups: (() => void)[] = []
  const listen = (target: EventTarget, type: string, fn: (event: Event) => void) => {
    target.addEventListener(type, fn, { passive: true })
    cleanups.push(() => target.removeEventListener(type, fn))
  }

  const setBusy = (busy: boolean) => {
    if (busy) launcher?.setAttribute('aria-busy', 'true')
    else launcher?.removeAttribute('aria-busy')
  }
  const paintLauncher = () => {
    launcher?.setAttribute('aria-label', launcherLabel(locale, unread))
    if (badge) {
      badge.textContent = unread > 9 ? '9+' : String(unread)
      badge.hidden = unread === 0
    }
  }
  const onOpenChange = (open: boolean) => {
    launcher?.setAttribute('aria-expanded', String(open))
    if (pageLauncher) {
      for (const el of doc.querySelectorAll(pageLauncher))
        el.setAttribute('aria-expanded', String(open))
    }
    events.emit(open ? 'open' : 'close')
    // Closing from inside the window (Esc, the close button) must not strand focus on a
    // hidden element: hand it back to the launcher.
    // With the page's own launcher, the button clicked (or, when the click came before this
    // controller loaded, the first one matching).
    if (!open && handle?.contains(shadowRoot.activeElement)) {
      const back = returnFocus?.isConnected ? returnFocus : null
      ;(back ?? (pageLauncher ? doc.querySelector<HTMLElement>(pageLauncher) : null))?.focus()
    }
  }
  const apply = () => {
    if (!handle || !ready || wanted === null) return
    if (wanted) handle.open(byVisitor)
    else handle.close()
    wanted = null
    setBusy(false)
  }
  const preload = (): Promise<ChatHandle | null> => {
    loading ??= options
      .loadChat()
      .then(async (module) => {
        if (destroyed) return null
        const mounted = module.mountChat(shadowRoot, settings, {
          report,
          consented,
          onProactive: (frame) => proactive.deliver(frame),
        })
        handle = mounted
        proactive.attach(mounted)
        for (const [name, args] of pending.splice(0)) mounted.command(name, args)
        cleanups.push(
          mounted.$open.listen(onOpenChange),
          mounted.$unread.subscribe((count) => {
            unread = count
            paintLauncher()
            events.emit('unread', count)
          }),
          ...(
            ['message', 'handoff', 'feedback', 'unanswered', 'rated', 'error', 'page'] as const
          ).map((event) =>
            mounted.on(event, (...args: unknown[]) =>
              (events.emit as (e: string, ...a: unknown[]) => void)(event, ...args),
            ),
          ),
        )
        if (mounted.$open.get()) onOpenChange(true)
        await mounted.ready
        if (destroyed) return null
        ready = true
        apply()
        return mounted
      })
      .catch((error: unknown) => {
        loading = null
        failed = true
        wanted = null
        setBusy(false)
        report(
          `[Chao] Cannot load the chat window: ${error instanceof Error ? error.message : String(error)}`,
        )
        return null
      })
    return loading
  }
  const request = (open: boolean, visitor = true) => {
    if (destroyed) return
    wanted = open
    byVisitor = visitor
    if (handle && ready) return apply()
    setBusy(open)
    if (open) void preload()
  }
  const isOpen = () => wanted ?? handle?.$open.get() ?? false
  // Loads the rules engine at idle when the site has rules (npm options or the server's).
  const canStore = () => settings.consent === 'implicit' || consented
  const proactive = linkProactive({
    ...options,
    win,
    shadowRoot,
    settings,
    locale: () => locale,
    isOpen,
    openWith(message, reply) {
      const args = [message, reply] as const
      if (handle) handle.command('proactive', args)
      else pending.push(['proactive', args])
      request(true)
    },
    canStore,
    watchRoutes,
    record: (event) => events.emit('proactive', event),
    report,
    allowed: () => consented || (handle?.$open.get() ?? false),
    // Presence is the site's choice; its session is stored like the chat's (consent setting).
    storage: () => {
      try {
        return canStore() ? win.localStorage : null
      } catch {
        return null
      }
    },
  })
  cleanups.push(proactive.destroy)
  const intent = () => failed || void preload()

  /** A conversation stored on this device (readable now): load the stage to restore it. */
  const restoreIfStored = () => {
    if (settings.consent === 'required' && !consented) return
    if (storedConversation(win, settings.id)) void preload()
  }

  if (launcher) {
    launcher.addEventListener('click', () => request(!isOpen()))
    for (const type of ['pointerenter', 'focus', 'touchstart']) listen(launcher, type, intent)
  }
  if (pageLauncher) {
    // Delegated, so that buttons the app renders later (or re-renders) work too.
    const match = (event: Event) => (event.target as Element | null)?.closest?.(pageLauncher)
    listen(doc, 'click', (event) => {
      const el = match(event)
      if (!el) return
      returnFocus = el as HTMLElement
      request(!isOpen())
    })
    for (const type of ['pointerover', 'focusin']) listen(doc, type, (e) => match(e) && intent())
    cleanups.push(() => {
      for (const el of doc.querySelectorAll(pageLauncher)) el.removeAttribute('aria-expanded')
    })
  }
  cleanups.push(
    watchRoutes(win, () => {
      const page = [win.location.href, doc.title] as const
      if (handle) handle.command('setPage', page)
      else events.emit('page', { url: page[0], title: page[1] })
    }),
  )

  let placed = false
  options.placement.whenPlaced(() => {
    placed = true
    events.emit('ready')
    if (always) request(true, false)
    else restoreIfStored()
  })

  // Another tab of the site starts or changes the conversation: load the stage to show it.
  if (settings.consent === 'implicit' && typeof BroadcastChannel === 'function') {
    try {
      const channel = new BroadcastChannel(`${settings.id}:sync`)
      channel.onmessage = () => {
        channel.close()
        void preload()
      }
      cleanups.push(() => channel.close())
    } catch {
      // Opaque origins (sandboxed frames) cannot open a channel: no live sync then.
    }
  }

  return {
    host,
    shadowRoot,
    open: () => request(true),
    close: () => request(false),
    toggle: () => request(!isOpen()),
    command(name, args) {
      if (destroyed) return
      proactive.command(name, args)
      if (name === 'setLocale' && typeof args[0] === 'string' && args[0] in { vi: 1, en: 1 }) {
        locale = args[0] as Locale
        paintLauncher()
      }
      if (name === 'consent') {
        consented = true
        restoreIfStored()
      }
      if (handle) handle.command(name, args)
      else if (name === 'reset') {
        pending.length = 0
        storedConversation(win, settings.id, true)
      } else pending.push([name, args])
    },
    on(event, listener) {
      const off = events.on(event, listener)
      // `ready` happens once and for all: a late listener still hears it.
      if (event === 'ready' && placed) {
        try {
          ;(listener as () => void)()
        } catch (error) {
          report(`[Chao] A "ready" listener threw: ${String(error)}`)
        }
      }
      return off
    },
    preload,
    report,
    destroy() {
      if (destroyed) return
      destroyed = true
      options.placement.cancel()
      for (const cleanup of cleanups.splice(0)) cleanup()
      handle?.destroy()
      host.remove()
    },
  }
}
