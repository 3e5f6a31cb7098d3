import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { ConversationRecord } from '../db/chat-store.ts'
import type { Store } from '../db/store.ts'
import { verifyRateToken } from '../mail/rate-link.ts'

export interface RatePageOptions {
  store: Store
  /** The server's signing secret (CHAO_SECRET or the stored one). */
  secret(): Promise<string>
  /** After a rating is stored: tell the visitor's widget and the agents. */
  onRated?(conversation: ConversationRecord): void
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const LABELS = ['Very bad', 'Bad', 'Okay', 'Good', 'Excellent']

function page(reply: FastifyReply, status: number, body: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Rate your chat</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#111}
fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:600;margin-bottom:.5rem}
.scores{display:flex;gap:.5rem;flex-wrap:wrap}
button{font:inherit;padding:.6rem 1rem;border-radius:.6rem;border:1px solid #1d4ed8;background:#fff;color:#1d4ed8;cursor:pointer}
button:focus-visible,textarea:focus{outline:2px solid #1d4ed8;outline-offset:2px}
label{display:block;font-weight:600;margin-bottom:.25rem}
textarea{box-sizing:border-box;width:100%;min-height:6rem;font:inherit;padding:.5rem;border:1px solid #888;border-radius:.5rem}
</style></head><body><main>${body}</main></body></html>`)
}

const message = (reply: FastifyReply, status: number, title: string, text: string) =>
  page(reply, status, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`)

/**
 * `GET /rate/:token`: a small page with 1–5 buttons and a comment, for the rating link of
 * the transcript email; `POST /rate/:token` (a plain HTML form) stores the rating once.
 * Works without JavaScript. A second rating gets "already rated".
 */
export const ratePageRoutes: FastifyPluginAsync<RatePageOptions> = async (app, options) => {
  const { store } = options
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 8192 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  )

  async function conversationOf(token: string) {
    const id = verifyRateToken(await options.secret(), token)
    return id === undefined ? undefined : store.getConversation(id)
  }

  const invalid = (reply: FastifyReply) =>
    message(
      reply,
      404,
      'Link not valid',
      'This rating link is not valid. Check that you copied all of it.',
    )
  const already = (reply: FastifyReply) =>
    message(reply, 409, 'Already rated', 'This chat was already rated. Thank you!')
  const notEnded = (reply: FastifyReply) =>
    message(reply, 409, 'Chat still open', 'You can rate this chat once it has ended.')

  app.get<{ Params: { token: string } }>('/rate/:token', async (request, reply) => {
    const conversation = await conversationOf(request.params.token)
    if (conversation === undefined) return invalid(reply)
    if (conversation.state === 'rated') return already(reply)
    if (conversation.state !== 'ended') return notEnded(reply)
    const buttons = LABELS.map(
      (label, index) =>
        `<button type="submit" name="score" value="${index + 1}" aria-label="${index + 1}: ${label}">${index + 1}</button>`,
    ).join('')
    return page(
      reply,
      200,
      `<h1>How would you rate this chat?</h1>
<form method="post">
<label for="comment">Anything to add? (optional)</label>
<textarea id="comment" name="comment" maxlength="1000"></textarea>
<fieldset><legend>Your rating, from 1 (very bad) to 5 (excellent)</legend>
<div class="scores">${buttons}</div></fieldset>
</form>`,
    )
  })

  app.post<{ Params: { token: string }; Body: Record<string, string> | undefined }>(
    '/rate/:token',
    async (request, reply) => {
      const conversation = await conversationOf(request.params.token)
      if (conversation === undefined) return invalid(reply)
      const score = Number(request.body?.score)
      const comment = String(request.body?.comment ?? '').slice(0, 1000)
      if (!Number.isInteger(score) || score < 1 || score > 5) {
        return message(reply, 400, 'Choose a rating', 'Please choose a rating from 1 to 5.')
      }
      const result = await store.rateConversation(conversation.id, {
        score,
        ...(comment.trim() === '' ? {} : { comment }),
      })
      if (result !== 'stored') {
        return conversation.state === 'ended' || conversation.state === 'rated'
          ? already(reply)
          : notEnded(reply)
      }
      options.onRated?.({ ...conversation, state: 'rated' })
      return message(reply, 200, 'Thank you!', `Your rating (${score}/5) was saved.`)
    },
  )
}
