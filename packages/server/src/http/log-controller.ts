import { type FastifyReply, type FastifyRequest, LogController } from 'fastify'

/**
 * Per-request lines at `debug` instead of `info`: a page view loads a dozen widget and demo
 * files, which would bury the startup and error lines a self-hoster needs to see.
 * Set CHAO_LOG_LEVEL=debug to get them back.
 */
export class QuietLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return
    request.log.debug({ req: request }, 'incoming request')
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return
    if (error) {
      reply.log.error(
        { res: reply, err: error, responseTime: reply.elapsedTime },
        'request errored',
      )
    } else {
      reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed')
    }
  }

  override routeNotFound(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return
    request.log.debug({ req: request }, 'route not found')
  }
}
