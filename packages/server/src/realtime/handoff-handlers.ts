import type { ClientFrameOf, ErrorCode } from '@chao/protocol'
import type { FastifyBaseLogger } from 'fastify'
import type { Store } from '../db/store.ts'
import type { Mailer } from '../mail/mailer.ts'
import { RouteError, type Router } from '../routing/router.ts'
import type { Outlet, Session } from './engine.ts'
import { type IdentityPolicy, verifyIdentity } from './identity.ts'
import { rooms } from './rooms.ts'

type HandoffFrame = ClientFrameOf<
  | 'handoff:request'
  | 'identify'
  | 'ticket:create'
  | 'conversation:claim'
  | 'conversation:transfer'
  | 'agent:status'
>

export interface HandoffDeps {
  store: Store
  router: Router
  mailer: Mailer
  identity: IdentityPolicy
  log: FastifyBaseLogger
}

type Fail = (code: ErrorCode, message: string) => void

/** The frames of the human handoff (protocol 1.2), visitor and agent side. */
export async function handleHandoffFrame(
  deps: HandoffDeps,
  session: Session,
  frame: HandoffFrame,
  out: Outlet,
  fail: Fail,
): Promise<void> {
  const { store, router } = deps
  const siteId = session.siteId as string
  const visitorId = session.visitorId as string
  try {
    switch (frame.type) {
      case 'handoff:request': {
        for (const answer of await router.handoff(siteId, visitorId, frame)) out.reply(answer)
        return
      }
      case 'identify': {
        const { secret, required } = deps.identity
        const verified = secret !== undefined && verifyIdentity(secret, frame.userId, frame.hash)
        if (!verified && required) {
          return fail(
            'unauthorized',
            'Identity verification failed: the hash does not match this user id.',
          )
        }
        const details = {
          ...(frame.name === undefined ? {} : { name: frame.name }),
          ...(frame.email === undefined ? {} : { email: frame.email }),
          ...(frame.attributes === undefined ? {} : { attributes: frame.attributes }),
        }
        await store.identifyVisitor(visitorId, { userId: frame.userId, verified, ...details })
        out.reply({ type: 'identified', userId: frame.userId, verified })
        // A visitor who signs in during a chat: the agent's visitor panel follows (1.4).
        const open = await store.findOpenConversation(visitorId)
        if (open === undefined) return
        return out.publish([rooms.agents], {
          type: 'visitor:updated',
          visitorId,
          conversationId: open.id,
          userId: frame.userId,
          verified,
          ...details,
        })
      }
      case 'ticket:create': {
        const { ticket, created } = await store.createTicket({
          siteId,
          visitorId,
          clientId: frame.clientId,
          name: frame.name,
          email: frame.email,
          message: frame.message,
          ...(frame.department === undefined ? {} : { department: frame.department }),
          ...(frame.pageUrl === undefined ? {} : { pageUrl: frame.pageUrl }),
          ...(frame.attachments === undefined ? {} : { attachments: frame.attachments }),
        })
        out.reply({ type: 'ticket:created', clientId: frame.clientId, ticketId: ticket.id })
        if (created) {
          deps.mailer
            .send({
              to: ticket.email,
              subject: 'We received your message',
              text:
                `Hello ${ticket.name},\n\nThank you for writing to us. Nobody was available to chat, ` +
                `so we have opened ticket ${ticket.id} and will answer you by email.\n\n` +
                `Your message:\n${ticket.message}\n`,
            })
            .catch((error: unknown) =>
              deps.log.error({ err: error, ticket: ticket.id }, 'ticket mail failed'),
            )
        }
        return
      }
    }
    const agent = session.agent
    if (agent === undefined)
      return fail('unauthorized', 'Log in to the console to route conversations.')
    switch (frame.type) {
      case 'conversation:claim':
        return await router.claim(agent, frame.conversationId)
      case 'conversation:transfer':
        return await router.transfer(agent, frame)
      case 'agent:status':
        return await router.setStatus(agent, frame.status)
    }
  } catch (error) {
    if (error instanceof RouteError) return fail(error.code, error.message)
    throw error
  }
}

export const HANDOFF_TYPES = new Set<string>([
  'handoff:request',
  'identify',
  'ticket:create',
  'conversation:claim',
  'conversation:transfer',
  'agent:status',
])
