import { createHash, randomBytes } from 'node:crypto'
import type { AgentRecord } from '../db/agent-store.ts'
import type { Store } from '../db/store.ts'

export const SESSION_COOKIE = 'chao_session'
export const CSRF_HEADER = 'x-chao-csrf'
/** Sessions last 12 hours: a working day, then log in again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

/** Only a hash of the session id is stored: a leaked database holds no usable cookie. */
export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('base64url')

export interface OpenedSession {
  /** The cookie value. */
  id: string
  csrf: string
  expiresAt: number
}

export async function openSession(
  store: Store,
  agentId: string,
  now = Date.now(),
): Promise<OpenedSession> {
  const id = randomBytes(32).toString('base64url')
  const csrf = randomBytes(24).toString('base64url')
  const expiresAt = now + SESSION_TTL_MS
  await store.createSession({ idHash: hashSessionId(id), agentId, csrf, expiresAt })
  return { id, csrf, expiresAt }
}

export async function readSession(
  store: Store,
  id: string | undefined,
  now = Date.now(),
): Promise<{ agent: AgentRecord; csrf: string } | undefined> {
  if (id === undefined || id.length === 0 || id.length > 128) return undefined
  return store.getSession(hashSessionId(id), now)
}

/** The value of cookie `name` in a Cookie header (for socket.io handshakes). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}
