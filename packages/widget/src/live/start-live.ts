import { type Connector, createConnector } from '@chao/connector'
import { socketioAdapter } from '@chao/connector/socketio'
import {
  type Attachment,
  type ChatEngine,
  createSurvey,
  type KeyValueStorage,
  type Survey,
  type SurveyOptions,
} from '@chao/core'
// From the chat's server part, whose chunk (with the config's) is in by now: see server-chat.ts.
import { reportUnknownSite } from '../lazy/server-chat.ts'
import type { WidgetSettings } from '../settings/settings.ts'
import { applyFrame, applyMessage, type LiveState } from './apply-frame.ts'
import { handoffRequest, identifyFrame } from './handoff-request.ts'
import { createLiveControls } from './live-controls.ts'
import { showLiveView } from './live-view.tsx'
import { showUnavailable } from './no-site.ts'
import { offlineTickets } from './offline-ticket.ts'
import { type AgentProactive, reportPageViews } from './page-views.ts'
import { shareVisitor } from './share-visitor.ts'
import { surveyFromSite } from './site-survey.ts'
import { UploadError, type UploadTarget, uploadAttachments } from './upload.ts'
import { visitorUpdates } from './visitor-updates.ts'

export { handoffRequest, transcriptOf } from './handoff-request.ts'
export { siteUnknown } from './no-site.ts'

// The live chat with the team, loaded (with the connector and socket.io) only when the
// visitor asks for a person on a site with a server: bot-only chats never download it.

export interface LiveOptions {
  /** The server's origin (settings.server). */
  server: string
  /** The site the chat belongs to: the page's `site` setting, else the config's answer. */
  site: string
  /** Namespace of the stored outbox and session (settings.id). */
  storageKey: string
  storage: KeyValueStorage | null
  /** Send `handoff:request` once connected; false when resuming a chat after a reload. */
  request: boolean
  department?: string
  /** The page's URL when `$page` is unknown; default `location.href`. */
  pageUrl?: string
  report: (message: string) => void
  /** Questions of the post-chat survey (settings.survey); default CSAT only. */
  survey?: SurveyOptions
  /** The page's settings: its `survey` and `texts` win over the site configuration's. */
  settings?: Pick<WidgetSettings, 'survey' | 'texts'> & Partial<Pick<WidgetSettings, 'source'>>
  /** The site configuration (GET /api/v1/config): its `survey`, when the page set none. */
  config?: { survey?: unknown } | null
  /** Tests inject a connector (memory adapter); default socket.io to `server`. */
  connector?: Connector
  /** An agent's proactive message arrived: the widget shows it in its bubble. */
  onProactive?: (frame: AgentProactive) => void
}

export interface LiveChat {
  readonly connector: Connector
  /** The post-chat survey, which the window shows in the composer's place while it asks. */
  readonly survey: Survey
  stop(): void
}

const httpUrl = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? url : undefined)

/** Connects to the server, asks for a person, and routes the conversation through it. */
export function startLive(engine: ChatEngine, options: LiveOptions): LiveChat {
  // One visitor to the server, whether the presence connection (data-presence) came first.
  if (options.storage && !options.connector) shareVisitor(options.storage, options.storageKey)
  const connector =
    options.connector ??
    createConnector({
      adapter: socketioAdapter({ url: options.server }),
      site: options.site,
      storageKey: `chao-live:${options.storageKey}`,
      ...(options.storage ? { storage: options.storage } : {}),
    })
  const state: LiveState = {}
  let requested = !options.request
  const waiting = new Map<string, { resolve: () => void; reject: (e: Error) => void }>()
  const settle = (id: string, error?: Error) => {
    const entry = waiting.get(id)
    waiting.delete(id)
    if (error) entry?.reject(error)
    else entry?.resolve()
  }

  // `handoff:unavailable` switches the chat to the offline form, which creates a ticket.
  let uploading = 0
  let inOrder: Promise<void> = Promise.resolve()
  const uploads: UploadTarget = {
    server: options.server,
    site: options.site,
    token: () => tokenOf(connector),
  }
  const stopTickets = offlineTickets(engine, connector, uploads, () => {
    const { pageUrl, department } = handoffRequest(engine, options)
    return { ...(pageUrl ? { pageUrl } : {}), ...(department ? { department } : {}) }
  })
  // The post-chat survey: its ratings go through the connector's durable outbox, so they
  // survive a reload or a lost connection and arrive once.
  const survey = createSurvey({
    engine,
    ...surveyFromSite(options),
    send: (rating) => connector.sendDurable({ type: 'rating:submit', ...rating }),
    storage: options.storage,
    key: options.storageKey,
  })
  // End the chat, then its transcript: a bar above the composer, mirrored from `state`.
  const controls = createLiveControls(connector, {
    ...uploads,
    locale: () => engine.$locale.get(),
  })
  const sync = () => controls.sync(state)
  const stops = [
    stopTickets,
    reportPageViews(engine, connector, options.onProactive),
    showLiveView(engine, controls, survey),
    connector.on('welcome', (frame) => {
      if (frame.conversation) state.conversationId = frame.conversation.id
      if (requested) return
      // A signed-in user is verified first, so the conversation is theirs from the start.
      const identify = identifyFrame(engine)
      if (identify) connector.sendFrame(identify)
      requested = connector.sendFrame(handoffRequest(engine, options))
    }),
    connector.on('message', (frame) => applyMessage(engine, state, frame)),
    connector.on('frame', (frame) => {
      // The server refused the page's identify (bad hash, verification required): the site
      // owner must hear why; the chat goes on as an anonymous visitor's.
      if (frame.type === 'error' && frame.code === 'unauthorized') {
        options.report(`identify was refused by the server: ${frame.message}`)
      }
      // No such site (the page's `site` setting is wrong): the connector gives up, and the
      // visitor hears that nobody can answer rather than "reconnecting" forever.
      if (frame.type === 'error' && frame.code === 'unknown_site') {
        const { server, site } = options
        reportUnknownSite(
          { server, site, source: options.settings?.source ?? 'api' },
          options.report,
        )
        live.stop()
        showUnavailable(engine)
        return
      }
      applyFrame(engine, state, frame, survey)
    }),
    connector.on('ack', (ack, entry) => {
      state.conversationId = ack.conversationId
      settle(entry.clientId)
    }),
    connector.on('failed', (entry, problem) => settle(entry.clientId, new Error(problem.message))),
    engine.attachTransport({
      connection: connector.$connection,
      deliver: (message) =>
        new Promise<void>((resolve, reject) => {
          waiting.set(message.id, { resolve, reject })
          if (connector.pending().some((entry) => entry.clientId === message.id)) return
          const fail = (error: unknown) => {
            if (error instanceof UploadError) engine.showNotice(uploadNotice(engine, error))
            settle(message.id, error instanceof Error ? error : new Error(String(error)))
          }
          const send = (files: readonly Attachment[] | undefined) => {
            try {
              connector.send(message.text, {
                clientId: message.id,
                ...(files?.length ? { attachments: files as never } : {}),
              })
            } catch (error) {
              fail(error)
            }
          }
          // Local files (blob: URLs) go to the server first. Messages keep their order: while
          // an upload runs, later messages wait behind it; otherwise a message leaves at once.
          const files = message.attachments
          if (uploading === 0 && !files?.some((file) => !httpUrl(file.url))) {
            send(files)
            return
          }
          uploading++
          inOrder = inOrder
            .then(() => uploadAttachments(uploads, files))
            .then((stored) => {
              // The visitor's own message now links the server's copies (a PDF becomes a
              // download link, and the files outlive this page's blob: URLs).
              if (stored.some((file, i) => file.url !== files?.[i]?.url)) {
                engine.receiveMessage({ ...message, status: 'sending', attachments: stored })
              }
              send(stored)
            }, fail)
            .finally(() => uploading--)
        }),
    }),
    typingFrames(engine, connector, state),
    // Details that change during the chat (attributes, a name or email) reach the agent too.
    visitorUpdates(engine, connector, options),
    // After the handlers above (listeners run in order), so they see the updated state.
    connector.on('welcome', sync),
    connector.on('message', sync),
    connector.on('frame', sync),
    connector.on('ack', sync),
  ]
  // Stay connected while the chat is live (the connector closes idle links otherwise).
  connector.hold()
  let stopped = false
  const live: LiveChat = {
    connector,
    survey,
    stop() {
      if (stopped) return
      stopped = true
      for (const stop of stops) stop()
      for (const id of [...waiting.keys()]) settle(id, new Error('The live chat stopped.'))
      connector.destroy()
    },
  }
  return live
}

/** Tells the agent while the visitor types (one `typing` frame per start and stop). */
function typingFrames(engine: ChatEngine, connector: Connector, state: LiveState): () => void {
  let typing = false
  return engine.$draft.listen((draft) => {
    const now = draft.trim() !== ''
    if (now === typing || state.conversationId === undefined || state.ended) return
    const sent = connector.sendFrame({
      type: 'typing',
      conversationId: state.conversationId,
      typing: now,
    })
    if (sent) typing = now
  })
}

/** The visitor token from the server's welcome, as soon as there is one. */
function tokenOf(connector: Connector): Promise<string> {
  return new Promise((resolve) => {
    const now = connector.session().token
    if (now) return resolve(now)
    const stop = connector.$connection.listen(() => {
      const token = connector.session().token
      if (!token) return
      stop()
      resolve(token)
    })
  })
}

/** Why a file did not go, in the visitor's language. */
export function uploadNotice(engine: Pick<ChatEngine, 't'>, error: UploadError): string {
  if (error.code === 'lost') return engine.t('attach.lost', { name: error.file })
  return engine.t('attach.uploadFailed', { name: error.file, reason: error.message })
}
