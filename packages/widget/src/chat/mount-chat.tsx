import {
  type ChannelFactory,
  type ChannelLike,
  type ChatEngine,
  type ConversationMessage,
  createConsent,
  isLocale,
  type ProactiveMessage,
  persistChat,
} from '@chao/core'
import type { QuickReply } from '@chao/protocol'
import { atom } from 'nanostores'
import { render } from 'preact'
import { addStyles } from '../host/add-styles.ts'
import type { EarlyEvents } from '../lazy/server-chat.ts'
import type { SettingsSource, WidgetSettings } from '../settings/settings.ts'
import { ChatWindow } from '../ui/ChatWindow.tsx'
import type { ChatHandle, MountOptions, StageCommand } from './chat-module.ts'
import { CHAT_CSS } from './chat-styles.ts'
import { createEngine } from './create-engine.ts'
import { type TextLoader, textLoader } from './load-catalog.ts'
import { webStorage } from './web-storage.ts'

const FAQ_WAIT_MS = 3000

/** A proactive message the visitor opened, in the conversation; `reply`: their quick reply. */
function showProactive(engine: ChatEngine, message: ProactiveMessage, reply?: QuickReply) {
  const { sender } = message
  const shown: ConversationMessage = {
    id: `proactive-${message.ruleId}-${Date.now()}`,
    author: sender.type,
    text: message.text,
    createdAt: Date.now(),
  }
  if (sender.type === 'agent')
    shown.sender = sender.avatar
      ? { name: sender.name, avatar: sender.avatar }
      : { name: sender.name }
  if (message.quickReplies.length > 0 && reply === undefined)
    shown.quickReplies = message.quickReplies
  if (message.link) shown.links = [message.link]
  engine.receiveMessage(shown)
  // A quick reply goes as the chat's own would: its text, and its action (e.g. handoff).
  if (reply) engine.chooseQuickReply(reply)
}

/** Runs a page command on the engine; arguments are validated by the engine. */
function runCommand(
  engine: ChatEngine,
  texts: TextLoader,
  grant: () => void,
  name: StageCommand,
  args: readonly unknown[],
) {
  const [first, second] = args
  if (name === 'consent') return grant()
  if (name === 'identify') return engine.identify(first as never)
  if (name === 'setAttributes') return engine.setAttributes(first as never)
  if (name === 'track') return engine.track(first as string, second as never)
  if (name === 'setPage') return engine.setPage(String(first), String(second ?? ''))
  if (name === 'reset') return engine.reset()
  if (name === 'proactive')
    return showProactive(engine, first as ProactiveMessage, second as QuickReply | undefined)
  if (isLocale(first)) {
    // Until its catalog is in, texts stay in the locale at hand.
    void texts.load(first).catch(() => {})
    return engine.setLocale(first)
  }
  throw new Error(`setLocale needs "vi" or "en", got ${JSON.stringify(first)}`)
}

/**
 * Mounts the chat window into a widget's shadow root, hidden, and starts loading the FAQ
 * and the server config. This is the export of dist/cdn/chao-chat.js, which the loader
 * imports on intent, and of the npm build's lazy chunk.
 */
export function mountChat(
  shadowRoot: ShadowRoot,
  settings: WidgetSettings,
  options: Partial<MountOptions> = {},
): ChatHandle {
  const report = options.report ?? ((message: string) => console.error(message))
  const load = { report, ...(options.fetch ? { fetch: options.fetch } : {}) }
  const doc = shadowRoot.ownerDocument
  const win = doc.defaultView as Window
  const engine = createEngine(settings, report, options.botDelay)
  const consent = createConsent(settings.consent, options.consented ?? false)
  const channel: ChannelFactory | null =
    typeof BroadcastChannel === 'function'
      ? (name) => new BroadcastChannel(name) as unknown as ChannelLike
      : null
  // The texts come with the visitor's catalog, a chunk: restoring a stored conversation
  // (and an open window) waits for it, so that nothing shows without its words.
  // With contact questions or attachments, the chat shows some of its extra texts at once.
  const texts = textLoader(engine, Boolean(settings.preChat || settings.attachments))
  const catalogLoaded = texts.load(settings.locale)
  let stopPersisting = () => {}
  const persist = () => {
    if (destroyed) return
    stopPersisting = persistChat(engine, {
      key: settings.id,
      consent,
      storage: webStorage(win, 'localStorage'),
      session: webStorage(win, 'sessionStorage'),
      channel,
      report: (message) => report(`[Chao] ${message}`),
    })
  }
  void catalogLoaded.then(persist, (error: unknown) => {
    failed(error)
    persist()
  })
  const $siteName = atom<string | null>(settings.title ?? null)
  const removeStyles = addStyles(shadowRoot, CHAT_CSS)
  const stage = doc.createElement('div')
  stage.className = 'chao-stage'
  shadowRoot.append(stage)
  render(
    <ChatWindow
      engine={engine}
      $siteName={$siteName}
      settings={settings}
      loadTexts={texts.extra}
    />,
    stage,
  )

  let destroyed = false
  // Fetching and checking the FAQ and the server's config are lazy chunks: they load in
  // parallel with the window, and a site without a FAQ or a server never loads them.
  const failed = (error: unknown) => report(`[Chao] A part of the chat failed to load: ${error}`)
  const faqLoaded =
    settings.faq === undefined
      ? Promise.resolve()
      : import('../lazy/load-faq.ts')
          .then(({ loadFaq }) => loadFaq(settings, load))
          .then((matcher) => {
            if (matcher && !destroyed) engine.setMatcher(matcher)
          }, failed)
  // Lead capture from the page's settings, else from the site config (below).
  const plugLeadCapture = (lead: { leadCapture?: unknown; source: SettingsSource }) =>
    Promise.all([import('../lazy/lead-capture.ts'), texts.extra().catch(failed)]).then(
      ([{ loadLeadCapture }]) => {
        const factory = loadLeadCapture(lead, report)
        if (factory && !destroyed) engine.setLeadCapture(factory)
      },
      failed,
    )
  const leadLoaded = settings.leadCapture === undefined ? null : plugLeadCapture(settings)
  // The site config, the bot's analytics and the live chat: a chunk for sites with a server,
  // loaded with the window; what happens meanwhile waits here for it.
  let stopServer = () => {}
  const { server } = settings
  if (server) {
    const early: EarlyEvents = { analytics: [], handoff: null, stop: () => {} }
    const stops = [
      engine.on('analytics', (event) => early.analytics.length < 50 && early.analytics.push(event)),
      engine.on('handoff', (handoff) => {
        early.handoff = handoff
      }),
      engine.on('reset', () => {
        early.handoff = null
      }),
    ]
    early.stop = stopServer = () => {
      for (const stop of stops) stop()
    }
    void import('../lazy/server-chat.ts')
      .then(({ wireServer }) => {
        if (destroyed) return
        stopServer = wireServer(engine, {
          settings,
          server,
          consent,
          $siteName,
          leadCapture: leadLoaded ? null : plugLeadCapture,
          texts,
          load,
          early,
          target: win,
          onProactive: options.onProactive,
        })
      })
      .catch(failed)
  }
  // Opening waits for the FAQ, so that the first question gets the bot's answer, but not
  // for long: a slow FAQ still gets used when it arrives.
  let timer: ReturnType<typeof setTimeout> | undefined
  const ready = Promise.race([
    Promise.all([faqLoaded, leadLoaded, catalogLoaded.catch(() => {})]).then(() => {}),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, FAQ_WAIT_MS)
    }),
  ]).finally(() => clearTimeout(timer))

  return {
    ready,
    $open: engine.$open,
    $unread: engine.$unread,
    $mode: engine.$mode,
    open: (byVisitor = true) => (byVisitor ? engine.openWidget() : engine.showWidget()),
    close: () => engine.closeWidget(),
    contains: (node) => node !== null && stage.contains(node),
    command(name, args) {
      try {
        runCommand(engine, texts, consent.grant, name, args)
      } catch (error) {
        report(`[Chao] ${name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    },
    on: (event, listener) =>
      engine.on(event as 'message', (...args: unknown[]) =>
        // A copy: the page must not be able to change the conversation through it.
        (listener as (...a: unknown[]) => void)(
          ...args.map((a) => (typeof a === 'object' ? structuredClone(a) : a)),
        ),
      ),
    destroy() {
      destroyed = true
      clearTimeout(timer)
      stopPersisting()
      stopServer()
      engine.dispose()
      render(null, stage)
      stage.remove()
      removeStyles()
    },
  }
}
