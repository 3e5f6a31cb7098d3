import type { ConnectionState, DeliveryStatus, QuickReply } from '@chao/protocol'
import type { ReadableAtom } from 'nanostores'
import type { MenuItem } from '../bot/menu.ts'
import type { LeadCaptureFactory, LeadField } from '../contact/lead-capture.ts'
import type { ContactField } from '../contact/validate.ts'
import type { Rating } from '../csat/answers.ts'
import type { FaqMatcher } from '../faq/types.ts'
import type { Catalog } from '../i18n/en.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Catalogs } from '../i18n/lookup.ts'
import type { TextOverrides, Translate } from '../i18n/translate.ts'
import type { Emitter } from './emitter.ts'
import type {
  Attachment,
  AttachmentPolicy,
  Attributes,
  ChatEventMap,
  ConversationMessage,
  ConversationMode,
  DeliverHook,
  PreChatOptions,
  TypingState,
  VisitorIdentity,
} from './types.ts'

// The engine's options and public surface: stores (read by views) and verb-first actions.

export interface ChatEngineOptions {
  locale: Locale
  /** The FAQ matcher that answers in bot mode; null or absent while no FAQ is loaded. */
  matcher?: FaqMatcher | null
  /** Milliseconds since the epoch; injectable for tests. */
  clock?: () => number
  createId?: () => string
  /** Local hour (0–23) of a timestamp, for the greeting. Default: the device's time zone. */
  hourOf?: (ms: number) => number
  /** Site-owner texts per locale, overriding the catalogs. */
  texts?: TextOverrides
  /**
   * Sends a visitor message to a backend (the connector plugs in here). Absent: bot only,
   * and messages are `sent` at once. Present: `sending`, then `sent` or `failed` (retry).
   */
  deliver?: DeliverHook
  /** The connector's link state, shown as "Reconnecting…". Default: always `idle`. */
  connection?: Transport['connection']
  /** Which files the visitor may attach; absent: none. */
  attachments?: AttachmentPolicy
  preChat?: PreChatOptions
  /** Milliseconds the bot shows "typing" before it answers. Default 0 (at once). */
  botDelay?: number
  /** Start menu: quick replies under the greeting (questions or handoff routing hints). */
  menu?: MenuItem[]
  /** Words that make the bot hand over at once (besides "talk to a person" phrasings). */
  handoffKeywords?: string[]
  /** The bot asks for contact details in the chat: `leadCapture({ when, fields })`. */
  leadCapture?: LeadCaptureFactory
  /** Receives one readable message per bad argument (`[Chao] …` is added by the caller). */
  report?: (message: string) => void
}

/** A backend plugged in after creation (the widget loads its live chat on handoff). */
export interface Transport {
  deliver: DeliverHook
  /** A store of the link state (nanostores atom or the connector's `$connection`). */
  connection?: { subscribe(listener: (state: ConnectionState) => void): () => void }
}

/** What persistence and cross-tab sync save and restore: the declared, durable state. */
export interface DurableState {
  messages: ConversationMessage[]
  visitor: VisitorIdentity
  readUpTo: string | null
  mode: ConversationMode
  /** The bot session id of the analytics events (absent in conversations stored before it). */
  session?: string
}

export interface ChatEngine extends Pick<Emitter<ChatEventMap>, 'on'> {
  $messages: ReadableAtom<ConversationMessage[]>
  $open: ReadableAtom<boolean>
  $locale: ReadableAtom<Locale>
  /** The catalogs at hand; views re-render when one is added. */
  $catalogs: ReadableAtom<Catalogs>
  $typing: ReadableAtom<TypingState>
  /** Whether a human of the team is online; null while unknown (bot only). */
  $teamOnline: ReadableAtom<boolean | null>
  /** Bot and agent messages the visitor has not seen (the launcher's badge). */
  $unread: ReadableAtom<number>
  /** Id of the last message the visitor has seen. */
  $readUpTo: ReadableAtom<string | null>
  $visitor: ReadableAtom<VisitorIdentity>
  $attributes: ReadableAtom<Attributes>
  $mode: ReadableAtom<ConversationMode>
  /** Text typed but not sent; survives closing and reopening the window. */
  $draft: ReadableAtom<string>
  /** A sentence for the visitor (e.g. a rejected file), until dismissed. */
  $notice: ReadableAtom<string | null>
  /** Visitor texts the FAQ could not answer, oldest first (not persisted). */
  $unanswered: ReadableAtom<string[]>
  /** The analytics session of this bot conversation; new after `reset`. */
  $session: ReadableAtom<string>
  /** The contact field the bot is asking for (lead capture), or null. */
  $leadField: ReadableAtom<LeadField | null>
  /** True while the pre-chat form must be filled before chatting. */
  $preChatPending: ReadableAtom<boolean>
  $connection: ReadableAtom<ConnectionState>
  $page: ReadableAtom<{ url: string; title: string } | null>
  readonly attachments: AttachmentPolicy | undefined
  readonly preChat: PreChatOptions | undefined
  /** The visitor opens the window (an interaction: grants `implicit` consent). */
  openWidget(): void
  /** Shows the window without the visitor asking (inline mode, restored state). */
  showWidget(): void
  closeWidget(): void
  toggleWidget(): void
  /** Trims, ignores blank text, caps at MAX_TEXT_LENGTH, then lets the bot answer. */
  sendMessage(text: string): void
  retryMessage(id: string): void
  chooseQuickReply(reply: QuickReply): void
  /** Sends the acceptable files as one message; a rejected one sets `$notice`. */
  attachFiles(files: Attachment[]): void
  setDraft(text: string): void
  /** Shows a sentence to the visitor (e.g. why a file could not be uploaded). */
  showNotice(text: string): void
  dismissNotice(): void
  /** Validates the pre-chat values; returns the errors (catalog text per field) or null. */
  submitPreChat(
    values: Partial<Record<ContactField, string>>,
  ): Partial<Record<ContactField, string>> | null
  // For the connector: messages and state from the backend.
  receiveMessage(message: ConversationMessage): void
  setMessageStatus(id: string, status: DeliveryStatus): void
  setTyping(author: 'bot' | 'agent', on: boolean, name?: string): void
  setTeamStatus(online: boolean | null): void
  /** Routes visitor messages through `deliver` from now on; returns a detach. */
  attachTransport(transport: Transport): () => void
  // For the page (window.Chao / createChat).
  identify(identity: VisitorIdentity): void
  setAttributes(attributes: Attributes): void
  setLocale(locale: Locale): void
  /**
   * Adds texts to a locale's catalog (with `createChatEngineWith`: a whole catalog, or one of
   * its parts, `ChatCatalog` or `ExtraCatalog`); views re-render with them.
   */
  addCatalog(locale: Locale, catalog: Partial<Catalog>): void
  track(name: string, data?: Attributes): void
  setPage(url: string, title?: string): void
  /** Hands over to a person: a system line, `$mode` 'human' and the `handoff` event. */
  requestHuman(department?: string): void
  /** The visitor's "Was this helpful?" answer to a FAQ answer (bot message with a faqId). */
  sendFeedback(messageId: string, helpful: boolean): void
  /**
   * Fires the `rated` event (the post-chat survey calls it; its `submitRating` also sends
   * the rating). A number is a CSAT score; an object may carry `nps` and `ces` too.
   */
  rate(rating: number | (Rating & { conversationId?: string }), comment?: string): void
  /** Logs the visitor out: forgets identity, attributes and the conversation. */
  reset(): void
  /** Plugs lead capture in (or out) after creation, e.g. once its chunk has loaded. */
  setLeadCapture(factory: LeadCaptureFactory | null): void
  setMatcher(matcher: FaqMatcher | null): void
  /** Replaces the durable state (from storage or another tab). */
  hydrate(state: Partial<DurableState>): void
  /** Stops timers. The stores keep their values. */
  dispose(): void
  t: Translate
}
