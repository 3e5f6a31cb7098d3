import type { KeyValueStorage } from '@chao/core'

// The presence connection (chao-presence.js) and the live chat each have a connector, with
// their own stored session. Were their visitor tokens different, the server would see two
// visitors and the console's Live visitors would list the same person twice. Both call this
// before connecting, so they say `hello` with one token: the chat's when it has one (its
// conversations belong to it), else the presence's.

interface StoredSession {
  token?: string
  visitorId?: string
}

const read = (storage: KeyValueStorage, key: string): StoredSession | undefined => {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null')
    return typeof value === 'object' && value !== null ? (value as StoredSession) : undefined
  } catch {
    return undefined
  }
}

/** The connectors' `<storageKey>:session` for the widget `id` (presence.ts, start-live.ts). */
export const sessionKeys = (id: string) => ({
  chat: `chao-live:${id}:session`,
  presence: `chao-presence:${id}:session`,
})

/** Makes the two stored sessions carry the same visitor token. Storage errors: no change. */
export function shareVisitor(storage: KeyValueStorage, id: string): void {
  const keys = sessionKeys(id)
  const chat = read(storage, keys.chat)
  const presence = read(storage, keys.presence)
  try {
    if (chat?.token !== undefined) {
      if (presence?.token !== chat.token)
        storage.setItem(
          keys.presence,
          JSON.stringify({ token: chat.token, visitorId: chat.visitorId }),
        )
    } else if (presence?.token !== undefined) {
      const { token, visitorId } = presence
      storage.setItem(keys.chat, JSON.stringify({ ...chat, token, visitorId }))
    }
  } catch {}
}
