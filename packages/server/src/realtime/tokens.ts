import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Visitor tokens: `v1.<visitorId>.<siteId>.<signature>`, the signature an HMAC-SHA256 of
 * the rest with the server secret. Stateless, so any node of a cluster can check one.
 */
export interface VisitorClaims {
  visitorId: string
  siteId: string
}

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('base64url')

export function signVisitorToken(secret: string, claims: VisitorClaims): string {
  const body = `v1.${claims.visitorId}.${claims.siteId}`
  return `${body}.${sign(secret, body)}`
}

/** The claims of a genuine token, or undefined for anything forged, altered or malformed. */
export function verifyVisitorToken(secret: string, token: string): VisitorClaims | undefined {
  const parts = token.split('.')
  if (parts.length !== 4 || parts[0] !== 'v1') return undefined
  const [, visitorId, siteId, signature] = parts as [string, string, string, string]
  const expected = Buffer.from(sign(secret, `v1.${visitorId}.${siteId}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  return { visitorId, siteId }
}

/** Compares secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
