import type { FastifyRequest } from 'fastify'

// host, host:port, or [ipv6]:port. Anything else (quotes, spaces, slashes) is refused because
// the origin is written into HTML.
const HOST_HEADER = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/**
 * The origin browsers reach this server at: CHAO_PUBLIC_URL when set, else the scheme and
 * Host of the request. Undefined when the Host header is not a plain host name.
 */
export function publicOrigin(publicUrl: string | undefined, request: FastifyRequest) {
  if (publicUrl !== undefined) return publicUrl
  const host = request.host
  return HOST_HEADER.test(host) ? `${request.protocol}://${host}` : undefined
}
