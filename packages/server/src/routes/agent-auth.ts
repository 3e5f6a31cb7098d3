import type { FastifyPluginAsync } from 'fastify'
import { guards } from '../auth/guard.ts'
import { verifyPassword } from '../auth/password.ts'
import { hashSessionId, openSession, SESSION_COOKIE, SESSION_TTL_MS } from '../auth/sessions.ts'
import type { Store } from '../db/store.ts'

export interface AgentAuthOptions {
  store: Store
  /** Cookies get `Secure` when the server is reached over https. */
  secure: boolean
}

// Verifying against a real hash when the email is unknown keeps the timing the same.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'

/** Login, logout and "who am I" for the console, under `/api/v1/agent`. */
export const agentAuthRoutes: FastifyPluginAsync<AgentAuthOptions> = async (
  app,
  { store, secure },
) => {
  const { requireAgent } = guards(store)

  app.post<{ Body: { email: string; password: string } }>(
    '/login',
    {
      schema: {
        body: {
          type: 'object',
          required: ['email', 'password'],
          properties: {
            email: { type: 'string', maxLength: 254 },
            password: { type: 'string', maxLength: 1024 },
          },
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body
      const key = `${email.trim().toLowerCase()}|${request.ip}`
      if (!(await store.loginAllowed(key, Date.now()))) {
        return reply.code(429).send({
          error: 'too_many_attempts',
          message: 'Too many wrong passwords. Wait 15 minutes, or ask an admin to reset it.',
        })
      }
      const agent = await store.findAgentByEmail(email.trim())
      const ok = await verifyPassword(password, agent?.passwordHash ?? DUMMY_HASH)
      if (agent === undefined || !ok) {
        await store.loginFailed(key, Date.now())
        return reply
          .code(401)
          .send({ error: 'bad_credentials', message: 'Wrong email or password.' })
      }
      await store.loginSucceeded(key)
      const session = await openSession(store, agent.id)
      reply.setCookie(SESSION_COOKIE, session.id, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure,
        maxAge: SESSION_TTL_MS / 1000,
      })
      const { passwordHash: _, ...profile } = agent
      return { agent: profile, csrf: session.csrf }
    },
  )

  app.post('/logout', { preHandler: requireAgent }, async (request, reply) => {
    const id = request.cookies[SESSION_COOKIE]
    if (id !== undefined) await store.deleteSession(hashSessionId(id))
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return { ok: true }
  })

  app.get('/me', async (request, reply) => {
    await requireAgent(request, reply)
    if (reply.sent) return reply
    const id = request.cookies[SESSION_COOKIE] as string
    const found = await store.getSession(hashSessionId(id), Date.now())
    return { agent: request.agent, csrf: found?.csrf }
  })
}
