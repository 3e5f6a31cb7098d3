import type { ClientFrameOf } from '@chao/protocol'
import type { Store } from '../db/store.ts'
import type { Session } from './engine.ts'
import { rooms } from './rooms.ts'
import { sameSecret, signVisitorToken, verifyVisitorToken } from './tokens.ts'

export interface AuthDeps {
  store: Store
  agentToken: string | undefined
  getSecret(): Promise<string>
}

export type Authenticated =
  | { ok: true; rooms: string[]; token?: string }
  | { ok: false; message: string }

/**
 * Who a `hello` comes from. Agents: the session cookie checked at the handshake
 * (`session.agent`), or the service token. Visitors: a genuine token of this site, or a new
 * visitor with a fresh token. Sets `session.visitorId` for visitors.
 */
export async function authenticate(
  deps: AuthDeps,
  session: Session,
  frame: ClientFrameOf<'hello'>,
): Promise<Authenticated> {
  if (session.role === 'agent') {
    const service =
      deps.agentToken !== undefined &&
      frame.token !== undefined &&
      sameSecret(frame.token, deps.agentToken)
    if (session.agent === undefined && !service) {
      return { ok: false, message: 'Log in to the console first (no valid agent session).' }
    }
    return {
      ok: true,
      rooms: [
        rooms.agents,
        ...(session.agent === undefined ? [] : [rooms.agent(session.agent.id)]),
      ],
    }
  }
  const key = await deps.getSecret()
  if (frame.token !== undefined) {
    const claims = verifyVisitorToken(key, frame.token)
    if (claims === undefined || claims.siteId !== frame.site) {
      return {
        ok: false,
        message: 'This visitor token is not valid here; connect without it to start afresh.',
      }
    }
    session.visitorId = claims.visitorId
    return { ok: true, rooms: [rooms.visitor(claims.visitorId)], token: frame.token }
  }
  const visitorId = (await deps.store.createVisitor(frame.site)).id
  session.visitorId = visitorId
  return {
    ok: true,
    rooms: [rooms.visitor(visitorId)],
    token: signVisitorToken(key, { visitorId, siteId: frame.site }),
  }
}
