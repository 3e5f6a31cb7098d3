import type { ChatHandle, ChatModule } from '../chat/chat-module.ts'
import type { WidgetSettings } from '../settings/settings.ts'
import { createHost } from './create-host.ts'
import { whenBody } from './when-body.ts'

export interface WidgetOptions {
  doc: Document
  settings: WidgetSettings
  /** Accessible name of the launcher, in the widget's locale. */
  label: string
  /** Loads the chat stage. Rejects with an Error whose message says what to check. */
  loadChat: () => Promise<ChatModule>
  /** Where the host element goes; defaults to `document.body` once it exists. */
  parent?: HTMLElement | undefined
  report?: ((message: string) => void) | undefined
}

/** One widget on the page: the host, its launcher, and the chat stage once loaded. */
export interface Widget {
  readonly host: HTMLElement
  readonly shadowRoot: ShadowRoot
  open(): void
  close(): void
  toggle(): void
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
  const report = options.report ?? ((message: string) => console.error(message))
  const { host, shadowRoot, launcher } = createHost(doc, settings.position, options.label)
  let loading: Promise<ChatHandle | null> | null = null
  let handle: ChatHandle | null = null
  let ready = false
  // The state asked for while the chat stage is still loading; applied once it is ready.
  let wanted: boolean | null = null
  let destroyed = false
  // After a failed load, only a click retries: hovering must not repeat the error.
  let failed = false
  let stopListening = () => {}

  const setBusy = (busy: boolean) => {
    if (busy) launcher.setAttribute('aria-busy', 'true')
    else launcher.removeAttribute('aria-busy')
  }

  const onOpenChange = (open: boolean) => {
    launcher.setAttribute('aria-expanded', String(open))
    // Closing from inside the window (Esc, the close button) must not strand focus on a
    // hidden element: hand it back to the launcher.
    if (!open && handle?.contains(shadowRoot.activeElement)) launcher.focus()
  }

  const apply = () => {
    if (!handle || !ready || wanted === null) return
    if (wanted) handle.open()
    else handle.close()
    wanted = null
    setBusy(false)
  }

  const preload = (): Promise<ChatHandle | null> => {
    loading ??= options
      .loadChat()
      .then(async (module) => {
        if (destroyed) return null
        const mounted = module.mountChat(shadowRoot, settings)
        handle = mounted
        stopListening = mounted.$open.listen(onOpenChange)
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
        const reason = error instanceof Error ? error.message : String(error)
        report(`[Chao] Cannot load the chat window: ${reason}`)
        return null
      })
    return loading
  }

  const request = (open: boolean) => {
    if (destroyed) return
    wanted = open
    if (handle && ready) return apply()
    setBusy(open)
    if (open) void preload()
  }
  const isOpen = () => wanted ?? handle?.$open.get() ?? false

  launcher.addEventListener('click', () => request(!isOpen()))
  for (const intent of ['pointerenter', 'focus', 'touchstart']) {
    launcher.addEventListener(intent, () => failed || void preload(), { passive: true })
  }

  let cancelMount = () => {}
  if (options.parent) options.parent.append(host)
  else cancelMount = whenBody(doc, (body) => body.append(host))

  return {
    host,
    shadowRoot,
    open: () => request(true),
    close: () => request(false),
    toggle: () => request(!isOpen()),
    preload,
    destroy() {
      if (destroyed) return
      destroyed = true
      cancelMount()
      stopListening()
      handle?.destroy()
      host.remove()
    },
  }
}
