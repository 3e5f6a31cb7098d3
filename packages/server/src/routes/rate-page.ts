import { cleanSiteSurvey, type SurveyStep, surveySteps } from '@chao/core'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type { ConversationRecord } from '../db/chat-store.ts'
import type { Store } from '../db/store.ts'
import { verifyRateToken } from '../mail/rate-link.ts'
import { RATE_TEXTS, type RateLanguage, type RateTexts, rateLanguage } from './rate-page-texts.ts'

export interface RatePageOptions {
  store: Store
  /** The server's signing secret (CHAO_SECRET or the stored one). */
  secret(): Promise<string>
  /** After a rating is stored: tell the visitor's widget and the agents. */
  onRated?(conversation: ConversationRecord): void
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function page(reply: FastifyReply, status: number, body: string, lang: RateLanguage) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(RATE_TEXTS[lang].title)}</title>
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

/** The page's language and its texts, for one request. */
function textsOf(request: FastifyRequest<{ Querystring: { lang?: unknown } }>) {
  const lang = rateLanguage(request.query.lang, request.headers['accept-language'])
  return { lang, t: RATE_TEXTS[lang] }
}

type Texts = { lang: RateLanguage; t: RateTexts }

/** Each question's scale and the rating field its answer is stored in. */
const SCALES = {
  csat: { field: 'score', min: 1, max: 5 },
  nps: { field: 'nps', min: 0, max: 10 },
  ces: { field: 'ces', min: 1, max: 7 },
} as const

const fill = (text: string, values: Record<string, number>) =>
  text.replace(/%\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole))

const message = (reply: FastifyReply, status: number, texts: Texts, title: string, text: string) =>
  page(reply, status, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`, texts.lang)

/**
 * `GET /rate/:token`: a small page with the site's survey question (1–5 stars, or NPS 0–10
 * or CES 1–7 on sites that ask those instead) and a comment, for the rating link of the
 * transcript email; `POST /rate/:token` (a plain HTML form) stores the rating once.
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

  const invalid = (reply: FastifyReply, texts: Texts) =>
    message(reply, 404, texts, texts.t.invalidTitle, texts.t.invalidText)
  const already = (reply: FastifyReply, texts: Texts) =>
    message(reply, 409, texts, texts.t.alreadyTitle, texts.t.alreadyText)
  const notEnded = (reply: FastifyReply, texts: Texts) =>
    message(reply, 409, texts, texts.t.openTitle, texts.t.openText)

  type Params = { Params: { token: string }; Querystring: { lang?: unknown } }

  /**
   * The question the link asks: the first of the site's survey (CSAT unless the site turned
   * it off for NPS or CES), with the site's own wording for the language when it set one.
   */
  async function questionOf(siteId: string, texts: Texts) {
    const site = await store.getSite(siteId)
    const survey = cleanSiteSurvey(site?.settings.survey ?? {}).value ?? {}
    const step: SurveyStep = surveySteps(survey)[0] ?? 'csat'
    const { t, lang } = texts
    const ownText = survey.questions?.[lang]?.[step]
    const question =
      ownText ?? (step === 'csat' ? t.question : step === 'nps' ? t.npsQuestion : t.cesQuestion)
    return { step, question, ...SCALES[step] }
  }

  app.get<Params>('/rate/:token', async (request, reply) => {
    const texts = textsOf(request)
    const { t } = texts
    const conversation = await conversationOf(request.params.token)
    if (conversation === undefined) return invalid(reply, texts)
    if (conversation.state === 'rated') return already(reply, texts)
    if (conversation.state !== 'ended') return notEnded(reply, texts)
    const { step, question, field, min, max } = await questionOf(conversation.siteId, texts)
    // CSAT's five answers have names (read by screen readers); NPS and CES are plain numbers
    // whose ends the legend names.
    const names = [t.score1, t.score2, t.score3, t.score4, t.score5]
    const buttons = Array.from({ length: max - min + 1 }, (_, index) => {
      const value = min + index
      const label = step === 'csat' ? `${value}: ${names[index]}` : String(value)
      return `<button type="submit" name="${field}" value="${value}" aria-label="${escapeHtml(label)}">${value}</button>`
    }).join('')
    const legend = step === 'csat' ? t.legend : step === 'nps' ? t.npsLegend : t.cesLegend
    // No action: the form posts to this same URL, `?lang=` included.
    return page(
      reply,
      200,
      `<h1>${escapeHtml(question)}</h1>
<form method="post">
<label for="comment">${escapeHtml(t.comment)}</label>
<textarea id="comment" name="comment" maxlength="1000"></textarea>
<fieldset><legend>${escapeHtml(legend)}</legend>
<div class="scores">${buttons}</div></fieldset>
</form>`,
      texts.lang,
    )
  })

  app.post<Params & { Body: Record<string, string> | undefined }>(
    '/rate/:token',
    async (request, reply) => {
      const texts = textsOf(request)
      const conversation = await conversationOf(request.params.token)
      if (conversation === undefined) return invalid(reply, texts)
      const { field, min, max } = await questionOf(conversation.siteId, texts)
      const raw = request.body?.[field]
      const score = raw === undefined || raw === '' ? Number.NaN : Number(raw)
      const comment = String(request.body?.comment ?? '').slice(0, 1000)
      if (!Number.isInteger(score) || score < min || score > max) {
        const choose = fill(texts.t.chooseText, { min, max })
        return message(reply, 400, texts, texts.t.chooseTitle, choose)
      }
      const result = await store.rateConversation(conversation.id, {
        [field]: score,
        ...(comment.trim() === '' ? {} : { comment }),
      })
      if (result !== 'stored') {
        return conversation.state === 'ended' || conversation.state === 'rated'
          ? already(reply, texts)
          : notEnded(reply, texts)
      }
      options.onRated?.({ ...conversation, state: 'rated' })
      const thanks = fill(texts.t.thanksText, { score, max })
      return message(reply, 200, texts, texts.t.thanksTitle, thanks)
    },
  )
}
