import { createChatEngine } from '@chao/core'
import { atom } from 'nanostores'
import { render } from 'preact'
import { addStyles } from '../host/add-styles.ts'
import type { WidgetSettings } from '../settings/settings.ts'
import { ChatWindow } from '../ui/ChatWindow.tsx'
import type { ChatHandle } from './chat-module.ts'
import { CHAT_CSS } from './chat-styles.ts'
import { type LoadOptions, loadFaq } from './load-faq.ts'
import { loadSiteConfig } from './load-site-config.ts'

const FAQ_WAIT_MS = 3000

/**
 * Mounts the chat window into a widget's shadow root, hidden, and starts loading the FAQ
 * and the server config. This is the export of dist/cdn/chao-chat.js, which the loader
 * imports on intent, and of the npm build's lazy chunk.
 */
export function mountChat(
  shadowRoot: ShadowRoot,
  settings: WidgetSettings,
  options: Partial<LoadOptions> = {},
): ChatHandle {
  const load: LoadOptions = { report: (message) => console.error(message), ...options }
  const engine = createChatEngine({ locale: settings.locale })
  const $siteName = atom<string | null>(null)
  const removeStyles = addStyles(shadowRoot, CHAT_CSS)
  const stage = shadowRoot.ownerDocument.createElement('div')
  stage.className = 'chao-stage'
  shadowRoot.append(stage)
  render(<ChatWindow engine={engine} $siteName={$siteName} />, stage)

  let destroyed = false
  const faqLoaded = loadFaq(settings, load).then((matcher) => {
    if (matcher && !destroyed) engine.setMatcher(matcher)
  })
  // The title may arrive late; the window does not wait for the server.
  void loadSiteConfig(settings, load).then((config) => {
    if (config?.siteName && !destroyed) $siteName.set(config.siteName)
  })
  // Opening waits for the FAQ, so that the first question gets the bot's answer, but not
  // for long: a slow FAQ still gets used when it arrives.
  let timer: ReturnType<typeof setTimeout> | undefined
  const ready = Promise.race([
    faqLoaded,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, FAQ_WAIT_MS)
    }),
  ]).finally(() => clearTimeout(timer))

  return {
    ready,
    $open: engine.$open,
    open: () => engine.openWidget(),
    close: () => engine.closeWidget(),
    contains: (node) => node !== null && stage.contains(node),
    destroy() {
      destroyed = true
      render(null, stage)
      stage.remove()
      removeStyles()
    },
  }
}
