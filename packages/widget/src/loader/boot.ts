import type { ChaoWindow, StartOptions } from '../boot/start-widget.ts'
import type { ChatModule } from '../chat/chat-module.ts'
import { createHost } from '../host/create-host.ts'
import { LAUNCHER_LABEL } from '../host/launcher-label.ts'
import { placeHost } from '../host/place-host.ts'
import { resolveSettings } from '../settings/settings.ts'
import { VERSION } from '../version.ts'
import type { ChaoFunction } from './command-api.ts'
import { findScript, readDataAttributes } from './find-script.ts'

export type { ChaoWindow }

type BootModule = { startWidget(options: StartOptions): void }

/**
 * Starts the script-tag widget: reads the script's data attributes (and
 * `window.chaoSettings`), draws the launcher, and installs a `window.Chao` that queues
 * calls. At idle, or as soon as the visitor reaches for the launcher, it loads
 * `chao-boot.js` (the widget controller and the full API), which replays the queue.
 * Never throws: a broken widget must not break the page that embeds it.
 */
export function bootLoader(
  win: ChaoWindow,
  currentScript: Element | null,
  importModule: (url: string) => Promise<unknown>,
): void {
  const report = (message: string) => console.error(message)
  try {
    const stub = win.Chao
    if (stub?.version) {
      report('[Chao] chao.js is included twice; the second copy does nothing.')
      return
    }
    const doc = win.document
    const script = findScript(doc, currentScript)
    if (!script) {
      report('[Chao] Cannot find the <script src=".../chao.js"> tag.')
      return
    }
    const nav = win.navigator
    const global = win.chaoSettings
    const settings = resolveSettings(readDataAttributes(script), {
      source: 'script',
      baseUrl: doc.baseURI,
      languages: nav.languages?.length ? nav.languages : [nav.language],
      global: typeof global === 'object' && global !== null ? global : undefined,
      // Added to script tags by Cloudflare Rocket Loader.
      ignore: ['cfasync'],
      report,
    })
    const parts = createHost(doc, settings, LAUNCHER_LABEL[settings.locale])
    const placement = placeHost(doc, parts.host, settings.container, undefined, report)

    const queue: ArrayLike<unknown>[] = Array.from(stub?.q ?? [])
    // Queues like the snippet's stub (and shows it: `q`) until chao-boot.js takes over.
    const Chao: ChaoFunction = (...args) => void queue.push(args)
    Chao.q = queue
    Chao.version = VERSION
    win.Chao = Chao

    const url = (file: string) => new URL(file, script.src).href
    const fail = (file: string) => (error: unknown) => {
      throw new Error(
        `${url(file)} did not load (${String(error)}). Serve it and chunks/ next to chao.js ` +
          '(with CORS for other origins).',
      )
    }
    const load = (file: string) => importModule(url(file)).then((m) => m, fail(file))
    const { launcher } = parts
    const selector = settings.launcher
    let intent = false
    let started = false

    const start = () => {
      if (started) return
      started = true
      load('chao-boot.js')
        .then((m) => {
          // From here the controller listens; the loader's listeners only queued calls.
          launcher?.removeEventListener('click', onClick)
          doc.removeEventListener('click', onPageClick)
          ;(m as BootModule).startWidget({
            win,
            settings,
            parts,
            placement,
            queue,
            loadChat: () => load('chao-chat.js') as Promise<ChatModule>,
            load,
            intent,
            stub,
            report,
          })
        })
        .catch((error: unknown) => {
          launcher?.removeAttribute('aria-busy')
          report(`[Chao] ${String(error)}`)
        })
    }
    function onIntent() {
      intent = true
      start()
    }
    function onClick() {
      queue.push(['toggle'])
      launcher?.setAttribute('aria-busy', 'true')
      onIntent()
    }
    // The page's own launcher, before the controller listens to it.
    function onPageClick(event: Event) {
      if (!selector || !(event.target as Element | null)?.closest?.(selector)) return
      queue.push(['toggle'])
      onIntent()
    }
    launcher?.addEventListener('click', onClick)
    for (const type of ['pointerenter', 'focus', 'touchstart']) {
      launcher?.addEventListener(type, onIntent, { once: true, passive: true })
    }
    if (selector) doc.addEventListener('click', onPageClick)
    const idle = win.requestIdleCallback ?? ((run: () => void) => win.setTimeout(run, 1))
    placement.whenPlaced(() => idle(start))
  } catch (error) {
    report(`[Chao] The widget failed to start: ${String(error)}`)
  }
}
