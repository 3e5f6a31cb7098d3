import type { AddressInfo } from 'node:net'
import { httpAdapter } from '@chao/connector/http'
import { socketioAdapter } from '@chao/connector/socketio'
import { conformanceCases } from '@chao/connector/testing'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { createServer } from '../app.ts'
import { NodeEventSource } from '../test/event-source.ts'
import { testConfig } from '../test/fixtures.ts'

// The reference server passes the same suite as every adapter, over both transports.
let app: FastifyInstance
let origin: string

beforeAll(async () => {
  app = await createServer(testConfig({ agentToken: 'agent-token-for-tests' }))
  await app.listen({ port: 0, host: '127.0.0.1' })
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
})
afterAll(() => app.close())

describe('reference server over socket.io', () => {
  for (const c of conformanceCases) {
    it(c.name, () =>
      c.run({
        adapter: () => socketioAdapter({ url: origin, socket: { transports: ['websocket'] } }),
      }),
    )
  }
})

describe('reference server over HTTP + SSE', () => {
  for (const c of conformanceCases) {
    it(c.name, () =>
      c.run({
        adapter: () =>
          httpAdapter({
            url: `${origin}/api/v1/chat`,
            EventSource: NodeEventSource as unknown as typeof EventSource,
          }),
      }),
    )
  }
})
