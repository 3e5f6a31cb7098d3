import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Identity verification (docs/identity.md): the site's backend signs the signed-in user's
 * id, `hash = hex(HMAC-SHA256(identitySecret, userId))`, and the widget sends both. Only a
 * backend holding the secret can make a valid hash, so a visitor cannot claim another user.
 */
export function identityHash(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId).digest('hex')
}

export function verifyIdentity(secret: string, userId: string, hash: string): boolean {
  const expected = Buffer.from(identityHash(secret, userId), 'hex')
  const given = Buffer.from(hash, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export interface IdentityPolicy {
  /** CHAO_IDENTITY_SECRET; without it every identify is stored as unverified. */
  secret: string | undefined
  /** CHAO_IDENTITY_REQUIRED: refuse an identify whose hash does not verify. */
  required: boolean
}
