import { createHmac, timingSafeEqual } from 'node:crypto'

// The rating link of the transcript email: `/rate/<conversationId>.<signature>`, the
// signature an HMAC-SHA256 of the conversation id with the server's secret. Whoever has
// the mail may rate that conversation, once; nobody can forge a link for another one.

const sign = (secret: string, conversationId: string) =>
  createHmac('sha256', secret).update(`rate:${conversationId}`).digest('base64url')

export function rateToken(secret: string, conversationId: string): string {
  return `${conversationId}.${sign(secret, conversationId)}`
}

/** The conversation id a token stands for, or undefined when it is malformed or forged. */
export function verifyRateToken(secret: string, token: string): string | undefined {
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (match === null) return undefined
  const [, id, signature] = match as unknown as [string, string, string]
  const expected = Buffer.from(sign(secret, id))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : undefined
}
