import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'

/** The body of every error response: a stable machine code and a sentence for humans. */
export interface ErrorBody {
  error: string
  message: string
}

export function sendError(reply: FastifyReply, status: number, error: string, message: string) {
  return reply.code(status).type('application/json; charset=utf-8').send({ error, message })
}

/** JSON 404s and errors for the whole app; route scopes may set more specific 404s. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    sendError(
      reply,
      404,
      'not_found',
      `Nothing at ${request.method} ${request.url}. The API lives under /api/v1, ` +
        'the widget under /widget/ and the agent console at /console.',
    ),
  )
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed')
      return sendError(
        reply,
        status,
        'internal_error',
        'The server failed to handle this request; the details are in the server log.',
      )
    }
    return sendError(reply, status, errorCodeFor(status), error.message)
  })
}

/** `forbidden` for 403, `payload_too_large` for 413: stable codes from the HTTP status. */
function errorCodeFor(status: number): string {
  return (STATUS_CODES[status] ?? 'Bad Request').toLowerCase().replace(/[^a-z]+/g, '_')
}
