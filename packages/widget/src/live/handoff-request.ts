import type { ChatEngine, ConversationMessage } from '@chao/core'
import type { ClientFrameOf } from '@chao/protocol'

// What the widget tells the server about the visitor when it asks for a person: the bot
// transcript, the page, the department hint, the details the visitor gave (identify, the
// pre-chat form, the bot) and the page's attributes (`setAttributes`), so the agent sees it
// all and the visitor never repeats themselves.

type HandoffRequest = ClientFrameOf<'handoff:request'>
type WireAttributes = NonNullable<HandoffRequest['attributes']>

const MAX_TRANSCRIPT = 100
// The wire's limits (protocol HANDOFF_LIMITS and `record`): a request over them is refused
// whole, so the widget drops what does not fit rather than lose the handoff.
const MAX_ATTRIBUTES = 30
const httpUrl = (url: string | undefined) => (url && /^https?:\/\//.test(url) ? url : undefined)

/** What the visitor told the bot, for the agent: the last 100 visitor and bot lines. */
export function transcriptOf(
  messages: readonly ConversationMessage[],
): NonNullable<HandoffRequest['transcript']> {
  return messages
    .filter((m) => (m.author === 'visitor' || m.author === 'bot') && m.text.trim() !== '')
    .slice(-MAX_TRANSCRIPT)
    .map((m) => ({
      author: m.author as 'visitor' | 'bot',
      text: m.text.slice(0, 4000),
      createdAt: m.createdAt,
    }))
}

/**
 * The page's attributes as the wire takes them: null (a removed attribute) and values the
 * protocol refuses are left out, at most 30 keys; the phone (which the wire's visitor has
 * no field for) is one of them.
 */
export function wireAttributes(
  engine: Pick<ChatEngine, '$attributes' | '$visitor'>,
): WireAttributes | undefined {
  const out: WireAttributes = {}
  let count = 0
  const { phone } = engine.$visitor.get()
  const entries = Object.entries(engine.$attributes.get())
  for (const [key, value] of phone ? [['phone', phone] as const, ...entries] : entries) {
    if (count >= MAX_ATTRIBUTES || key.length < 1 || key.length > 64 || key in out) continue
    if (value === null || (typeof value === 'string' && value.length > 500)) continue
    if (typeof value === 'number' && !Number.isFinite(value)) continue
    out[key] = value
    count++
  }
  return count === 0 ? undefined : out
}

/** The `handoff:request` frame: transcript, page, department hint and the visitor's details. */
export function handoffRequest(
  engine: Pick<ChatEngine, '$messages' | '$page' | '$visitor' | '$attributes'>,
  options: { department?: string; pageUrl?: string },
): HandoffRequest {
  const frame: HandoffRequest = {
    type: 'handoff:request',
    transcript: transcriptOf(engine.$messages.get()),
  }
  const pageUrl =
    httpUrl(engine.$page.get()?.url) ?? httpUrl(options.pageUrl ?? globalThis.location?.href)
  if (pageUrl) frame.pageUrl = pageUrl
  if (options.department) frame.department = options.department
  const { name, email } = engine.$visitor.get()
  if (name || email) frame.visitor = { ...(name ? { name } : {}), ...(email ? { email } : {}) }
  const attributes = wireAttributes(engine)
  if (attributes) frame.attributes = attributes
  return frame
}

/**
 * The `identify` frame for a signed-in user of the site (`identify({ id, hash })`), which
 * the server verifies against the site's secret (docs/identity.md); undefined for a visitor
 * the page did not identify with a hash.
 */
export function identifyFrame(
  engine: Pick<ChatEngine, '$visitor' | '$attributes'>,
): ClientFrameOf<'identify'> | undefined {
  const { id, hash, name, email } = engine.$visitor.get()
  if (!id || id.length > 128 || !hash || !/^[0-9a-f]{64}$/i.test(hash)) return undefined
  const frame: ClientFrameOf<'identify'> = { type: 'identify', userId: id, hash }
  if (name) frame.name = name
  if (email) frame.email = email
  const attributes = wireAttributes(engine)
  if (attributes) frame.attributes = attributes
  return frame
}
