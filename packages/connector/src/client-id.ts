/**
 * A random id for a message, made on the client so that a resend can be recognised.
 * 16 random bytes in base64url (22 characters). Uses getRandomValues, not randomUUID,
 * which exists only in secure contexts and many sites still serve over http.
 */
export function createClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let text = ''
  for (const byte of bytes) text += String.fromCharCode(byte)
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
