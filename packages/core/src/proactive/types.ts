/**
 * The proactive rule format. Plain JSON on purpose: the server stores it, the console edits
 * it, npm users write it inline. `parseProactiveRules` checks it at runtime; docs/proactive.md
 * is the reference.
 */

/** A string for every locale (`{ "vi": "…", "en": "…" }`) or one string for all. */
export type LocalizedText = string | Readonly<Record<string, string>>

/** How a text (path, URL, title) is compared. Exactly one key. */
export type TextMatch =
  | { equals: string }
  | { prefix: string }
  | { contains: string }
  /** `*` matches within one path segment, `**` across segments. */
  | { glob: string }
  | { regex: string; flags?: string }

export type AttributeOp = 'eq' | 'neq' | 'in' | 'exists' | 'gt' | 'lt'

export type AttributeValue = string | number | boolean | null

export type UtmField = 'source' | 'medium' | 'campaign' | 'term' | 'content'

export type ProactiveCondition =
  | { all: ProactiveCondition[] }
  | { any: ProactiveCondition[] }
  | { not: ProactiveCondition }
  /** The page's pathname, e.g. `/pricing` (one trailing slash ignored for `equals`). */
  | { path: TextMatch }
  /** The full URL without the fragment. */
  | { url: TextMatch }
  | { title: TextMatch }
  /** Seconds since this page view started. */
  | { timeOnPage: number }
  /** Seconds since this session started. */
  | { timeOnSite: number }
  /** Deepest scroll reached on this page view, in percent of the page height. */
  | { scroll: number }
  /** True only at the moment the visitor shows exit intent. */
  | { exitIntent: true }
  /** Seconds without pointer, key or scroll activity. */
  | { inactive: number }
  /** Number of sessions of this visitor, this one included. */
  | { visits: { min?: number; max?: number } }
  | { returning: boolean }
  /** External referrer host of this session (subdomains match); `'*'` = any external site. */
  | { referrer: string | string[] }
  /** UTM parameters this session landed with; each given field must match (case-insensitive). */
  | { utm: Partial<Record<UtmField, string | string[]>> }
  | { attribute: string; op: AttributeOp; value?: AttributeValue | AttributeValue[] }
  | { identified: boolean }
  /** Primary language subtag(s): `'vi'` matches `vi-VN`. */
  | { language: string | string[] }
  | { businessHours: boolean }
  | { agentsOnline: boolean }
  /** A custom event tracked on this page view, its props matching, optionally in the last N s. */
  | { event: string; props?: Record<string, AttributeValue>; within?: number }

export interface ProactiveQuickReply {
  label: LocalizedText
  /** Sent as the visitor's message; defaults to the label. */
  text?: LocalizedText
  action?: string
}

export type ProactiveSender = { type: 'bot' } | { type: 'agent'; name: string; avatar?: string }

export interface ProactiveMessageSpec {
  /** Markdown. `{{name}}` is replaced by a visitor attribute, `{{name|fallback}}` with a default. */
  text: LocalizedText
  quickReplies?: ProactiveQuickReply[]
  link?: { title: LocalizedText; url: string }
  /** Defaults to the bot. */
  sender?: ProactiveSender
}

export interface ProactiveDelivery {
  /** `bubble` next to the launcher (default), or `open` the chat window. */
  mode: 'bubble' | 'open'
  /** Defaults to false. */
  sound?: boolean
}

export interface ProactiveLimits {
  once?: 'visitor' | 'session'
  /** At most once every N days for this visitor. */
  everyDays?: number
}

export interface ProactiveRule {
  id: string
  /** Defaults to true; a disabled rule is kept (the console shows it) but never fires. */
  enabled?: boolean
  conditions: ProactiveCondition
  message: ProactiveMessageSpec
  delivery?: ProactiveDelivery
  /** Defaults to `{ once: 'session' }`; `{}` leaves only the global caps. */
  limits?: ProactiveLimits
  /** Higher wins when several rules match at once; ties go to the earlier rule. Default 0. */
  priority?: number
}

/** One problem found by `parseProactiveRules`; the rule it belongs to was skipped. */
export interface RuleError {
  /** Position in the input array; -1 when the input itself is not an array. */
  index: number
  id: string | null
  /** Path inside the rule, e.g. `conditions.all[1].op`; empty for the whole rule. */
  field: string
  reason: string
  /** One line for logs: `rule #2 "vip" conditions.all[1].op: must be one of …`. */
  message: string
}

/** What `onShow` receives: the message ready to render, in the visitor's language. */
export interface ProactiveMessage {
  ruleId: string
  /** Markdown, placeholders filled and attribute values escaped. */
  text: string
  quickReplies: { label: string; text?: string; action?: string }[]
  link: { title: string; url: string } | null
  sender: ProactiveSender
  delivery: 'bubble' | 'open'
  sound: boolean
}

export type ProactiveEventType = 'shown' | 'clicked' | 'replied' | 'dismissed'

/** Analytics record, one per visitor action; the reports consume them. */
export interface ProactiveEvent {
  type: ProactiveEventType
  ruleId: string
  /** Milliseconds since the epoch. */
  at: number
  url: string
}

export interface ProactiveVisitor {
  attributes?: Readonly<Record<string, unknown>>
  identified?: boolean
  /** BCP 47 tag; defaults to the page's language from the signals. */
  language?: string
}

/** Pushed by the server: is the team open, is anyone online. */
export interface TeamStatus {
  businessHours: boolean
  agentsOnline: number
}
