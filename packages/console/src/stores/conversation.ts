import type { ServerFrameOf, WireMessage } from '@chao/protocol'
import { atom, map } from 'nanostores'
import { api, type Detail } from '../api.ts'

export const $selected = atom<string | undefined>(undefined)
export const $detail = atom<Detail | undefined>(undefined)
/** Messages per conversation by seq: loaded history merged with live ones, each seq once. */
export const $messages = map<Record<string, Record<number, WireMessage>>>({})
/** Whether the visitor is typing, per conversation. */
export const $visitorTyping = map<Record<string, boolean>>({})
/** Unsent drafts per conversation: switching chats keeps them. */
export const $drafts = map<Record<string, string>>({})
/** Conversations with messages the agent has not looked at. */
export const $unread = map<Record<string, boolean>>({})

export function addMessage(conversationId: string, seq: number, message: WireMessage): void {
  const current = $messages.get()[conversationId] ?? {}
  if (current[seq] !== undefined) return
  $messages.setKey(conversationId, { ...current, [seq]: message })
  if ($selected.get() !== conversationId) $unread.setKey(conversationId, true)
}

export async function openConversation(id: string): Promise<void> {
  $selected.set(id)
  $unread.setKey(id, false)
  await reloadDetail()
}

// Visitor updates that arrive while a detail loads: the answer may have been read before
// they were stored, so they are applied again on top of it (each is idempotent).
let loading = 0
const arrivedWhileLoading: ServerFrameOf<'visitor:updated'>[] = []

export async function reloadDetail(): Promise<void> {
  const id = $selected.get()
  if (id === undefined) return
  loading++
  try {
    const detail = await api.detail(id)
    if ($selected.get() !== id) return
    for (const { seq, message } of detail.messages) addMessage(id, seq, message)
    $detail.set(detail)
    for (const frame of arrivedWhileLoading) patchDetail(frame)
  } finally {
    if (--loading === 0) arrivedWhileLoading.length = 0
  }
}

export function setDraft(id: string, text: string): void {
  $drafts.setKey(id, text)
}

/**
 * A visitor's details changed during the chat (`visitor:updated`, protocol 1.4): the visitor
 * panel of their open conversation follows at once, without reloading it. Attributes set to
 * null are removed.
 */
export function applyVisitorUpdate(frame: ServerFrameOf<'visitor:updated'>): void {
  if (loading > 0) arrivedWhileLoading.push(frame)
  patchDetail(frame)
}

function patchDetail(frame: ServerFrameOf<'visitor:updated'>): void {
  const detail = $detail.get()
  if (detail === undefined || detail.visitor.id !== frame.visitorId) return
  const attributes = new Map(Object.entries(detail.visitorProfile.attributes))
  for (const [key, value] of Object.entries(frame.attributes ?? {})) {
    if (value === null) attributes.delete(key)
    else attributes.set(key, value)
  }
  $detail.set({
    ...detail,
    visitor: {
      ...detail.visitor,
      ...(frame.name === undefined ? {} : { name: frame.name }),
      ...(frame.email === undefined ? {} : { email: frame.email }),
    },
    visitorProfile: {
      ...detail.visitorProfile,
      // Signed in during the chat (identify): who, and whether the site's hash verified it.
      ...(frame.userId === undefined ? {} : { userId: frame.userId }),
      ...(frame.verified === undefined ? {} : { verified: frame.verified }),
      attributes: Object.fromEntries(attributes),
    },
  })
}
