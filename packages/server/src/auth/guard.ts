import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AgentRecord } from '../db/agent-store.ts'
import type { Store } from '../db/store.ts'
import { CSRF_HEADER, readSession, SESSION_COOKIE } from './sessions.ts'

declare module 'fastify' {
  interface FastifyRequest {
    agent?: AgentRecord
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * preHandlers for the agent API. A session cookie alone is not enough for a state change:
 * the request must also carry the session's CSRF token in `x-chao-csrf` (a header another
 * site's form or fetch cannot set without a CORS preflight we never grant).
 */
export function guards(store: Store) {
  async function requireAgent(request: FastifyRequest, reply: FastifyReply) {
    const found = await readSession(store, request.cookies[SESSION_COOKIE])
    if (found === undefined) {
      return reply
        .code(401)
        .send({ error: 'unauthorized', message: 'Log in to the console first.' })
    }
    if (!SAFE.has(request.method) && request.headers[CSRF_HEADER] !== found.csrf) {
      return reply.code(403).send({
        error: 'csrf',
        message: `Send the CSRF token from /api/v1/agent/me in the ${CSRF_HEADER} header.`,
      })
    }
    request.agent = found.agent
  }

  async function requireAdmin(request: FastifyRequest, reply: FastifyReply) {
    await requireAgent(request, reply)
    if (reply.sent) return
    if (request.agent?.role !== 'admin') {
      return reply.code(403).send({ error: 'forbidden', message: 'Only admins may do this.' })
    }
  }

  return { requireAgent, requireAdmin }
}
