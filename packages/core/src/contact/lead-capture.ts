import type { QuickReply } from '@chao/protocol'
import type { WritableAtom } from 'nanostores'
import type { VisitorIdentity } from '../conversation/types.ts'
import type { Translate } from '../i18n/translate.ts'
import { CONTACT_FIELDS, type ContactField, validateField } from './validate.ts'

/**
 * When the bot asks for the visitor's contact details in the chat:
 * `before-handoff` before every handoff to a person, `offline` before a handoff only when
 * the team is known to be offline, `after-unanswered` once, after the first question the
 * bot could not answer (so the team can get back to the visitor).
 */
export type LeadCaptureWhen = 'before-handoff' | 'offline' | 'after-unanswered'
export const LEAD_CAPTURE_WHEN: readonly LeadCaptureWhen[] = [
  'before-handoff',
  'offline',
  'after-unanswered',
]

export interface LeadField {
  field: ContactField
  /** The visitor may skip it (a "Skip" button under the question). */
  optional?: boolean
}

export interface LeadCaptureOptions {
  when: LeadCaptureWhen
  /** Asked in this order; a field the visitor already gave is not asked again. */
  fields: LeadField[]
}

/** What sites may write for a field: `'email'`, `'phone?'` (optional) or `{ field, optional }`. */
export type LeadFieldInput = ContactField | `${ContactField}?` | LeadField

/** The quick-reply action of the "Skip" button. */
export const SKIP_ACTION = 'lead:skip'

function cleanField(input: unknown, at: string, problems: string[]): LeadField | null {
  if (typeof input === 'string') {
    const optional = input.trim().endsWith('?')
    const field = input.trim().replace(/\?$/, '') as ContactField
    if (CONTACT_FIELDS.includes(field)) return optional ? { field, optional } : { field }
  } else if (typeof input === 'object' && input !== null) {
    const { field, optional } = input as Partial<LeadField>
    if (
      CONTACT_FIELDS.includes(field as ContactField) &&
      [undefined, true, false].includes(optional)
    )
      return optional
        ? { field: field as ContactField, optional }
        : { field: field as ContactField }
  }
  problems.push(
    `${at} is ${JSON.stringify(input)}; use "name", "email" or "phone" ` +
      '(add "?" to make it optional, e.g. "phone?"), or { field: "phone", optional: true }.',
  )
  return null
}

/**
 * Checks a lead capture setting: `{ when, fields }`, or the data attribute's text
 * `"offline: name, email, phone?"`. Each problem is a sentence naming the value (as `name`,
 * e.g. `data-lead-capture`) and what is accepted; a bad `when` or no usable field: null.
 */
export function cleanLeadCapture(
  input: unknown,
  name = 'leadCapture',
): { value: LeadCaptureOptions | null; problems: string[] } {
  const problems: string[] = []
  let raw = input
  if (typeof input === 'string') {
    const colon = input.indexOf(':')
    raw = {
      when: input.slice(0, colon < 0 ? undefined : colon).trim(),
      fields:
        colon < 0
          ? []
          : input
              .slice(colon + 1)
              .split(',')
              .map((f) => f.trim())
              .filter(Boolean),
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(
      `${name} must be like { when: "offline", fields: ["name", "email", "phone?"] }, got ${JSON.stringify(input)}.`,
    )
    return { value: null, problems }
  }
  const { when, fields } = raw as { when?: unknown; fields?: unknown }
  const whenOk = LEAD_CAPTURE_WHEN.includes(when as LeadCaptureWhen)
  if (!whenOk) {
    problems.push(
      `${name}: "when" is ${JSON.stringify(when)}; use one of: ${LEAD_CAPTURE_WHEN.map((w) => `"${w}"`).join(', ')} (e.g. "offline: name, email, phone?").`,
    )
  }
  const list = Array.isArray(fields) ? fields : []
  if (list.length === 0) {
    problems.push(
      `${name} needs fields, e.g. "offline: name, email, phone?"; got ${JSON.stringify(input)}.`,
    )
  }
  const seen = new Set<ContactField>()
  const clean: LeadField[] = []
  list.forEach((item, i) => {
    const field = cleanField(item, `${name}: field ${i + 1}`, problems)
    if (field && !seen.has(field.field)) {
      seen.add(field.field)
      clean.push(field)
    }
  })
  if (!whenOk || clean.length === 0) return { value: null, problems }
  return { value: { when: when as LeadCaptureWhen, fields: clean }, problems }
}

/** What the engine needs of lead capture (created by a `LeadCaptureFactory`). */
export type LeadCapture = ReturnType<typeof createLeadCapture>
/** Lead capture plugged into an engine (`leadCapture` option or `setLeadCapture`). */
export type LeadCaptureFactory = (context: LeadCaptureContext) => LeadCapture

/**
 * Lead capture for `createChatEngine({ leadCapture })`. A separate import, so that chats
 * without it don't carry its code. Throws a TypeError listing every problem of `input`.
 */
export function leadCapture(
  input: LeadCaptureOptions | { when: LeadCaptureWhen; fields: LeadFieldInput[] } | string,
): LeadCaptureFactory {
  const { value, problems } = cleanLeadCapture(input)
  if (!value || problems.length > 0) throw new TypeError(problems.join(' '))
  return leadCaptureOf(value)
}

/** The factory for options already checked by `cleanLeadCapture`. */
export function leadCaptureOf(options: LeadCaptureOptions): LeadCaptureFactory {
  return (context) => createLeadCapture(options, context)
}

export interface LeadCaptureContext {
  /** The engine's `$leadField`: the field being asked. */
  $asking: WritableAtom<LeadField | null>
  visitor: () => VisitorIdentity
  identify: (identity: VisitorIdentity) => void
  /** Posts a bot message. */
  say: (text: string, quickReplies?: QuickReply[]) => void
  t: Translate
}

/**
 * The bot asks for the site's lead fields one at a time: an invalid answer gets the field's
 * error and is asked again, an optional field can be skipped. When done, the continuation
 * given to `start` runs (the handoff that was waiting for the details).
 */
function createLeadCapture(
  options: LeadCaptureOptions,
  { $asking, visitor, identify, say, t }: LeadCaptureContext,
) {
  let skipped = new Set<ContactField>()
  let then: (() => void) | null = null
  let asked = false

  const skip = (): QuickReply[] => [{ label: t('lead.skip'), action: SKIP_ACTION }]
  function ask(field: LeadField, text: string): void {
    $asking.set(field)
    say(text, field.optional ? skip() : undefined)
  }

  /** Asks the next missing field, or finishes. */
  function next() {
    const field = options.fields.find((f) => !visitor()[f.field] && !skipped.has(f.field))
    if (field) return ask(field, t(`ask.${field.field}`))
    $asking.set(null)
    const done = then
    then = null
    say(t(done ? 'lead.thanksHandoff' : 'ask.thanks'))
    done?.()
  }

  return {
    /**
     * Whether the details are wanted now: `handoff` before a handoff (with whether the team
     * is known to be offline), `unanswered` after a question the bot could not answer.
     */
    wanted(moment: 'handoff' | 'unanswered', teamOffline = false): boolean {
      if ($asking.get()) return false
      const missing = options.fields.some((f) => !visitor()[f.field])
      if (!missing) return false
      if (moment === 'unanswered') return options.when === 'after-unanswered' && !asked
      return options.when === 'before-handoff' || (options.when === 'offline' && teamOffline)
    },
    /** Starts asking; `done` runs once every field is answered or skipped. */
    start(done?: () => void): void {
      asked = true
      skipped = new Set()
      then = done ?? null
      const first = options.fields.find((f) => !visitor()[f.field])
      if (first)
        ask(first, `${t(done ? 'lead.introHandoff' : 'lead.intro')} ${t(`ask.${first.field}`)}`)
    },
    /** Takes the visitor's text as the field asked for; false when nothing is asked. */
    answer(text: string): boolean {
      const field = $asking.get()
      if (!field) return false
      const result = validateField(field.field, text)
      if (!result.ok) ask(field, t(result.error))
      else {
        identify({ [field.field]: result.value })
        next()
      }
      return true
    },
    /** The "Skip" button (true when `action` is it): skips an optional field, else asks again. */
    skip(action: string | undefined): boolean {
      if (action !== SKIP_ACTION) return false
      const field = $asking.get()
      if (field?.optional) {
        skipped.add(field.field)
        next()
      } else if (field) ask(field, t(`ask.${field.field}`))
      return true
    },
    /** The visitor moved on (another button): stop asking, and drop the waiting handoff. */
    cancel(): void {
      $asking.set(null)
      then = null
    },
    reset(): void {
      $asking.set(null)
      then = null
      asked = false
      skipped = new Set()
    },
  }
}
