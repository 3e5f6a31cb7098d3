import type { ServerFrameOf } from '@chao/protocol'
import { describe, expect, it, vi } from 'vitest'
import { rateToken, verifyRateToken } from '../mail/rate-link.ts'
import {
  addAgent,
  agentProbe,
  handoffServer,
  login,
  stateOf,
  visitorProbe,
} from '../test/handoff.ts'
import { smtpSink } from '../test/smtp-sink.ts'

type State = ServerFrameOf<'conversation:state'>

/** A chat an agent took and ended, with a transcript mailed to the visitor. */
async function endedChat() {
  const { mails, url } = await smtpSink()
  const server = await handoffServer({ smtpUrl: url })
  await addAgent(server.store, { email: 'lan@shop.vn', name: 'Lan' })
  const agent = await agentProbe(server.origin, (await login(server.app, 'lan@shop.vn')).cookie)
  const visitor = await visitorProbe(server.origin)
  await visitor.probe.send({ type: 'handoff:request', visitor: { email: 'minh@example.com' } })
  const { conversationId } = await visitor.probe.next<State>(stateOf('assigned'))
  await agent.send({ type: 'conversation:end', conversationId })
  await visitor.probe.next<State>(stateOf('ended'))
  return { ...server, mails, visitor, agent, conversationId }
}

/** The body of a mail as sent, with quoted-printable soft breaks and escapes undone. */
const decoded = (mail: string) =>
  mail
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))

const form = (fields: Record<string, string>) => ({
  method: 'POST' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
})

describe('the rating link of the transcript mail', () => {
  it('signs the conversation id; a forged or altered token is refused', () => {
    const token = rateToken('s3cret', 'abc123')
    expect(verifyRateToken('s3cret', token)).toBe('abc123')
    expect(verifyRateToken('other', token)).toBeUndefined()
    expect(verifyRateToken('s3cret', token.replace('abc123', 'abc124'))).toBeUndefined()
    expect(verifyRateToken('s3cret', 'abc123')).toBeUndefined()
  })

  it('mails a link to a page that rates the chat once', async () => {
    const { app, mails, visitor, conversationId, store } = await endedChat()
    const sent = await app.inject({
      method: 'POST',
      url: `/api/v1/chat/transcript/${conversationId}/email`,
      headers: { authorization: `Bearer ${visitor.welcome.token}` },
    })
    expect(sent.json()).toEqual({ sent: true })
    await vi.waitFor(() => expect(mails).toHaveLength(1))
    const link = /How was this chat\? Rate it: (http\S+\/rate\/(\S+))/.exec(decoded(mails[0] ?? ''))
    expect(link).not.toBeNull()
    const path = `/rate/${link?.[2]}`

    const shown = await app.inject({ url: path })
    expect(shown.statusCode).toBe(200)
    expect(shown.headers['content-type']).toMatch(/^text\/html/)
    expect(shown.body.match(/name="score" value="\d"/g)).toHaveLength(5)
    expect(shown.body).toContain('name="comment"')

    const rated = await app.inject({
      url: path,
      ...form({ score: '4', comment: 'Kind <b>help</b>' }),
    })
    expect(rated.statusCode).toBe(200)
    expect(rated.body).toContain('Your rating (4/5) was saved.')
    expect(await store.getConversation(conversationId)).toMatchObject({ state: 'rated' })
    // The visitor's open widget learns it, and hides its own prompt for this chat.
    await visitor.probe.next<State>(stateOf('rated'))
    expect((await store.conversationDetail(conversationId))?.rating).toMatchObject({
      score: 4,
      comment: 'Kind <b>help</b>',
    })

    const again = await app.inject({ url: path, ...form({ score: '1' }) })
    expect(again.statusCode).toBe(409)
    expect(again.body).toContain('already rated')
    expect((await app.inject({ url: path })).body).toContain('already rated')
  })

  it("speaks the visitor's language: the mail's link carries it, the page and answers use it", async () => {
    const { app, mails, visitor, agent, conversationId } = await endedChat()
    await app.inject({
      method: 'POST',
      url: `/api/v1/chat/transcript/${conversationId}/email`,
      headers: {
        authorization: `Bearer ${visitor.welcome.token}`,
        'accept-language': 'vi-VN,vi;q=0.9,en;q=0.8',
      },
    })
    await vi.waitFor(() => expect(mails).toHaveLength(1))
    const link = /Rate it: http\S+(\/rate\/\S+)/.exec(decoded(mails[0] ?? ''))?.[1] ?? ''
    expect(link).toMatch(/\?lang=vi$/)
    const shown = await app.inject({ url: link })
    expect(shown.body).toContain('<html lang="vi">')
    expect(shown.body).toContain('<h1>Bạn đánh giá cuộc trò chuyện này thế nào?</h1>')
    expect(shown.body).toContain('aria-label="1: Rất tệ"')
    expect(shown.body).not.toContain('How would you rate')
    // The page's own language wins over the link's when asked for; the browser's alone too.
    const english = await app.inject({ url: link.replace('lang=vi', 'lang=en') })
    expect(english.body).toContain('<h1>How would you rate this chat?</h1>')
    const token = link.slice('/rate/'.length, link.indexOf('?'))
    const byBrowser = await app.inject({
      url: `/rate/${token}`,
      headers: { 'accept-language': 'vi' },
    })
    expect(byBrowser.body).toContain('<html lang="vi">')
    const missing = await app.inject({ url: link, ...form({ score: '0' }) })
    expect(missing.body).toContain('Vui lòng chọn mức đánh giá từ 1 đến 5.')
    const rated = await app.inject({ url: link, ...form({ score: '5' }) })
    expect(rated.body).toContain('Đánh giá của bạn (5/5) đã được lưu.')
    // The consoles hear it too, and reload the conversation they show (stores/live.ts).
    await agent.next<State>(stateOf('rated', conversationId))
    expect((await app.inject({ url: link })).body).toContain(
      'Cuộc trò chuyện này đã được đánh giá.',
    )
  })

  it("asks the site's survey question: NPS 0–10 when the site turned CSAT off for NPS", async () => {
    const { app, conversationId, store } = await endedChat()
    await store.updateSiteSettings('demo', {
      survey: { csat: false, nps: true, questions: { en: { nps: 'Would you recommend Shop?' } } },
    })
    const path = `/rate/${rateToken(await store.getOrCreateSecret(), conversationId)}?lang=en`
    const shown = await app.inject({ url: path })
    expect(shown.body).toContain('<h1>Would you recommend Shop?</h1>')
    expect(shown.body.match(/name="nps" value="\d+"/g)).toEqual(
      Array.from({ length: 11 }, (_, n) => `name="nps" value="${n}"`),
    )
    expect(shown.body).not.toContain('name="score"')
    expect(shown.body).toContain('From 0 (not at all likely) to 10 (extremely likely)')
    // A 1–5 score is not what was asked: refused, with the scale of the question.
    const wrong = await app.inject({ url: path, ...form({ score: '4' }) })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.body).toContain('Please choose a rating from 0 to 10.')
    const rated = await app.inject({ url: path, ...form({ nps: '0', comment: 'Too slow' }) })
    expect(rated.body).toContain('Your rating (0/10) was saved.')
    const { rating } = (await store.conversationDetail(conversationId)) ?? {}
    expect(rating).toMatchObject({ nps: 0, comment: 'Too slow' })
    expect(rating?.score ?? null).toBeNull()
  })

  it('asks CES 1–7 on a CES-only site, in Vietnamese', async () => {
    const { app, conversationId, store } = await endedChat()
    await store.updateSiteSettings('demo', { survey: { csat: false, ces: true } })
    const path = `/rate/${rateToken(await store.getOrCreateSecret(), conversationId)}?lang=vi`
    const shown = await app.inject({ url: path })
    expect(shown.body).toContain('<h1>Bạn được hỗ trợ dễ dàng đến mức nào?</h1>')
    expect(shown.body.match(/name="ces" value="\d+"/g)).toHaveLength(7)
    const rated = await app.inject({ url: path, ...form({ ces: '7' }) })
    expect(rated.body).toContain('Đánh giá của bạn (7/7) đã được lưu.')
    expect((await store.conversationDetail(conversationId))?.rating).toMatchObject({ ces: 7 })
  })

  it('refuses a forged link, a missing score and a chat that is still open', async () => {
    const { app, conversationId, store } = await endedChat()
    expect(
      (await app.inject({ url: `/rate/${rateToken('guess', conversationId)}` })).statusCode,
    ).toBe(404)
    const secret = await store.getOrCreateSecret()
    const path = `/rate/${rateToken(secret, conversationId)}`
    expect((await app.inject({ url: path, ...form({ score: '9' }) })).statusCode).toBe(400)
    const visitor = await store.createVisitor('demo')
    const { conversation } = await store.openConversation('demo', visitor.id)
    const open = await app.inject({ url: `/rate/${rateToken(secret, conversation.id)}` })
    expect(open.statusCode).toBe(409)
    expect(open.body).toContain('once it has ended')
  })
})
