import { PROTOCOL_VERSION, type ServerFrame } from '@chao/protocol'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { createEngine, Outlet, Session } from './engine.ts'
import type { Hub, StreamSubscriber } from './hub.ts'

type Engine = ReturnType<typeof createEngine>

export interface ChatHttpOptions {
  engine: Engine
  hub: Hub
  /** Comment lines on idle streams so proxies keep them open, ms. */
  heartbeat?: number
}

const STATUS: Record<string, number> = {
  unauthorized: 401,
  forbidden: 403,
  conversation_not_found: 404,
  unknown_site: 404,
  conversation_ended: 409,
  rating_not_allowed: 409,
  visitor_verified: 409,
  rate_limited: 429,
  internal: 500,
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-max-age': '86400',
}

/**
 * The protocol over HTTP, under `/api/v1/chat`: `GET /events?hello=<frame>` is a
 * Server-Sent Events stream (welcome, resumed messages, then live frames); `POST /frames`
 * takes one frame with the visitor token as bearer and answers `{frames: [...]}` (4xx with
 * `error` and `message` too when the frame was refused). Same semantics as socket.io.
 */
export const chatHttpRoutes: FastifyPluginAsync<ChatHttpOptions> = async (app, options) => {
  const { engine, hub } = options
  const open = new Set<FastifyReply>()
  app.addHook('preClose', async () => {
    for (const reply of open) reply.raw.end()
  })

  app.options('/*', async (_request, reply) => reply.code(204).headers(CORS).send())

  app.get<{ Querystring: { hello?: string } }>('/events', async (request, reply) => {
    let hello: unknown
    try {
      hello = JSON.parse(request.query.hello ?? '')
    } catch {
      return reply.code(400).headers(CORS).send({
        error: 'invalid_frame',
        message: 'The hello parameter must be a hello frame as JSON.',
      })
    }
    reply.hijack()
    const raw = reply.raw
    raw.writeHead(200, {
      ...CORS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    })
    const write = (frame: ServerFrame) => raw.write(`data: ${JSON.stringify(frame)}\n\n`)
    const stream: StreamSubscriber = { rooms: new Set(), deliver: write }
    const session: Session = { role: 'visitor', greeted: false }
    const out: Outlet = {
      reply: write,
      publish: (rooms, frame) => hub.publish(rooms, frame),
      join: (rooms) => {
        for (const room of rooms) stream.rooms.add(room)
      },
    }
    const unsubscribe = hub.subscribe(stream)
    open.add(reply)
    const beat = setInterval(() => raw.write(':\n\n'), options.heartbeat ?? 25_000)
    request.raw.on('close', () => {
      clearInterval(beat)
      unsubscribe()
      open.delete(reply)
    })
    await engine.handle(session, hello, out)
    // A refused hello ends the stream: the client reads the error frame, then sees it close.
    if (!session.greeted) raw.end()
  })

  app.post('/frames', async (request, reply) => {
    const replies: ServerFrame[] = []
    const auth = request.headers.authorization
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined
    const session = token === undefined ? undefined : await engine.sessionFromToken(token)
    if (session === undefined) {
      const body = (request.body ?? {}) as { type?: unknown; clientId?: unknown }
      const ref = [body.clientId, body.type].find((v) => typeof v === 'string' && v.length <= 64)
      replies.push({
        type: 'error',
        code: 'unauthorized',
        message: 'Send the visitor token from welcome as "Authorization: Bearer <token>".',
        ...(typeof ref === 'string' ? { ref } : {}),
      })
    } else {
      session.version = PROTOCOL_VERSION
      const out: Outlet = {
        reply: (frame) => replies.push(frame),
        publish: (rooms, frame) => hub.publish(rooms, frame),
        join: () => {},
      }
      await engine.handle(session, request.body, out)
    }
    const error = replies.find((frame) => frame.type === 'error')
    reply.headers(CORS)
    if (error === undefined) return { frames: replies }
    return reply
      .code(STATUS[error.code] ?? 400)
      .send({ error: error.code, message: error.message, frames: replies })
  })
}
