import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { Store } from '../db/store.ts'
import type { Mailer } from '../mail/mailer.ts'
import type { VisitorMail } from '../mail/visitor-mail.ts'
import type { Session } from '../realtime/engine.ts'
import { rateLanguage } from './rate-page-texts.ts'

export interface TranscriptOptions {
  store: Store
  mail: VisitorMail
  mailer: Mailer
  sessionFromToken(token: string): Promise<Session | undefined>
  /** The signed `/rate/<token>` page of a conversation, for the mail; undefined: none. */
  rateLink?(request: FastifyRequest, conversationId: string): Promise<string | undefined>
}

const CORS = { 'access-control-allow-origin': '*' }

/**
 * The visitor's transcript, under `/api/v1/chat`, with the visitor token as bearer:
 * `GET /transcript/:id` downloads it as text; `POST /transcript/:id/email` mails it to the
 * visitor's own address (never to one given in the request: that would be a spam relay).
 */
export const transcriptRoutes: FastifyPluginAsync<TranscriptOptions> = async (app, options) => {
  const { store } = options

  async function owned(authorization: string | undefined, id: string) {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined
    const session = token === undefined ? undefined : await options.sessionFromToken(token)
    if (session === undefined)
      return { status: 401, error: 'unauthorized', message: 'Send the visitor token as bearer.' }
    const conversation = await store.getConversation(id)
    if (conversation === undefined || conversation.visitorId !== session.visitorId) {
      return {
        status: 404,
        error: 'conversation_not_found',
        message: 'No such conversation of yours.',
      }
    }
    return { ok: true as const, conversation }
  }

  app.get<{ Params: { id: string } }>('/transcript/:id', async (request, reply) => {
    const found = await owned(request.headers.authorization, request.params.id)
    reply.headers(CORS)
    if (!found.ok)
      return reply.code(found.status).send({ error: found.error, message: found.message })
    const text = (await options.mail.transcript(found.conversation.id)) ?? ''
    return reply
      .type('text/plain; charset=utf-8')
      .header('content-disposition', `attachment; filename="chat-${found.conversation.id}.txt"`)
      .send(text)
  })

  app.post<{ Params: { id: string }; Querystring: { lang?: unknown } }>(
    '/transcript/:id/email',
    async (request, reply) => {
      const found = await owned(request.headers.authorization, request.params.id)
      reply.headers(CORS)
      if (!found.ok)
        return reply.code(found.status).send({ error: found.error, message: found.message })
      const contact = await store.visitorContact(found.conversation.visitorId)
      if (!options.mailer.enabled || contact?.email == null) {
        return reply.code(409).send({
          error: 'no_email',
          message:
            'No mail can be sent: the server has no SMTP, or we do not know your email address.',
        })
      }
      const { id, state } = found.conversation
      // An ended chat not rated yet: the mail offers the rating page (rated once, either way).
      const link = state === 'ended' ? await options.rateLink?.(request, id) : undefined
      // The page in the visitor's language: the widget's locale (`?lang=`), else the browser's.
      const lang = rateLanguage(request.query.lang, request.headers['accept-language'])
      const rate = link && `${link}?lang=${lang}`
      const transcript = (await options.mail.transcript(id)) ?? ''
      await options.mailer.send({
        to: contact.email,
        subject: 'Your chat transcript',
        text:
          rate === undefined
            ? transcript
            : `${transcript}\n\nHow was this chat? Rate it: ${rate}\n`,
      })
      return { sent: true }
    },
  )
}
