import type { DurableState } from '../conversation/engine-types.ts'
import type { ConversationMessage, VisitorIdentity } from '../conversation/types.ts'

export const VERSION = 1
/** Older messages are dropped from storage (they stay on screen until the page reloads). */
export const MAX_STORED_MESSAGES = 100

export interface StoredConversation extends DurableState {
  v: typeof VERSION
}

// The identity hash proves who the visitor is to the server; the site passes it again with
// identify() on each page, so it is never written to the device.
function storedVisitor({ hash: _, ...visitor }: VisitorIdentity): VisitorIdentity {
  return visitor
}

// Object URLs (blob:) die with the page; the file chip (name, size) is what survives.
function storedMessage(message: ConversationMessage): ConversationMessage {
  if (!message.attachments) return message
  return {
    ...message,
    attachments: message.attachments.map(({ url, ...file }) =>
      url && !url.startsWith('blob:') ? { ...file, url } : file,
    ),
  }
}

export function serialize(state: DurableState): string {
  const stored: StoredConversation = {
    v: VERSION,
    messages: state.messages.slice(-MAX_STORED_MESSAGES).map(storedMessage),
    visitor: storedVisitor(state.visitor),
    readUpTo: state.readUpTo,
    mode: state.mode,
  }
  if (state.session) stored.session = state.session
  return JSON.stringify(stored)
}

/** The stored conversation, or null when absent, from another version, or corrupt. */
export function deserialize(text: string | null): DurableState | null {
  if (!text) return null
  try {
    const value = JSON.parse(text) as Partial<StoredConversation>
    if (value.v !== VERSION || !Array.isArray(value.messages)) return null
    return {
      messages: value.messages,
      visitor: value.visitor ?? {},
      readUpTo: value.readUpTo ?? null,
      mode: value.mode === 'human' ? 'human' : 'bot',
      ...(typeof value.session === 'string' ? { session: value.session } : {}),
    }
  } catch {
    return null
  }
}

/**
 * Messages of both, each once: the `remote` list (the copy that wins, in its order), then
 * the local messages it does not have yet (just sent here, or sent before consent).
 * Not sorted by time: agents' timestamps come from the server's clock, ours from the device.
 */
export function mergeMessages(
  local: readonly ConversationMessage[],
  remote: readonly ConversationMessage[],
): ConversationMessage[] {
  const ids = new Set(remote.map((m) => m.id))
  return [...remote, ...local.filter((m) => !ids.has(m.id))]
}
