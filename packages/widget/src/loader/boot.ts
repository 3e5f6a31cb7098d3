import type { ChatModule } from '../chat/chat-module.ts'
import { LAUNCHER_LABEL } from '../host/launcher-label.ts'
import { createWidget } from '../host/widget.ts'
import { resolveSettings } from '../settings/settings.ts'
import { VERSION } from '../version.ts'
import { type ChaoFunction, createCommandApi, replayQueue } from './command-api.ts'
import { findScript, readDataAttributes } from './find-script.ts'

export type ChaoWindow = Window & typeof globalThis & { Chao?: ChaoFunction }

/**
 * Starts the script-tag widget: reads the script's data attributes, shows the launcher,
 * installs `window.Chao` and replays the calls queued before it. Never throws: a broken
 * widget must not break the page that embeds it.
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
      report('[Chao] chao.js is included twice on this page; the second copy does nothing.')
      return
    }
    const doc = win.document
    const script = findScript(doc, currentScript)
    if (!script) {
      report('[Chao] Cannot find the <script src=".../chao.js"> tag that loaded Chao.')
      return
    }
    const nav = win.navigator
    const settings = resolveSettings(readDataAttributes(script), {
      source: 'script',
      baseUrl: doc.baseURI,
      languages: nav.languages?.length ? nav.languages : [nav.language],
      // Added to script tags by Cloudflare Rocket Loader.
      ignore: ['cfasync'],
      report,
    })
    const chatUrl = new URL('chao-chat.js', script.src).href
    const loadChat = () =>
      importModule(chatUrl).then(
        (module) => module as ChatModule,
        (error: unknown) => {
          throw new Error(
            `${chatUrl} did not load (${String(error)}). Check that chao-chat.js and its ` +
              'chunks/ folder are served next to chao.js, with CORS if on another origin.',
          )
        },
      )
    const widget = createWidget({
      doc,
      settings,
      label: LAUNCHER_LABEL[settings.locale],
      loadChat,
      report,
    })
    const Chao = createCommandApi(widget, report, VERSION)
    win.Chao = Chao
    replayQueue(Chao, stub?.q)
  } catch (error) {
    report(`[Chao] The widget failed to start: ${String(error)}`)
  }
}
