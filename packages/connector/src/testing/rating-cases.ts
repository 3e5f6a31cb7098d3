import type { ServerFrame } from '@chao/protocol'
import { createConnector } from '../connector.ts'
import type { ConformanceCase, ConformanceTarget } from './cases.ts'
import { Probe, STEP_TIMEOUT } from './probe.ts'

// The post-chat survey (protocol 1.3): acknowledged, idempotent per clientId, once per
// conversation, only after the end.

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Conformance: ${message}`)
}

let counter = 0
const cid = (label: string) => `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}`
const open = (t: ConformanceTarget) => Probe.open(t.adapter(), t.site ?? 'demo')

/** A conversation of a fresh visitor, ended by the visitor. */
async function endedConversation(probe: Probe): Promise<string> {
  const { conversationId } = await probe.message(cid('m'), 'Thanks, that is all')
  const early = cid('early')
  await probe.send({ type: 'rating:submit', clientId: early, conversationId, score: 5 })
  check((await probe.error(early)).code === 'rating_not_allowed', 'no rating before the end')
  await probe.send({ type: 'conversation:end', conversationId })
  await probe.next((f) => f.type === 'conversation:state' && f.state === 'ended')
  return conversationId
}

const acked = (clientId: string) => (f: ServerFrame) =>
  f.type === 'rating:ack' && f.clientId === clientId

export const ratingCases: ConformanceCase[] = [
  {
    name: 'a 1.3 rating is acked once stored, a retry of it is acked again, another is refused',
    async run(t) {
      const { probe } = await open(t)
      const conversationId = await endedConversation(probe)
      const clientId = cid('rate')
      const frame = { type: 'rating:submit', clientId, conversationId, score: 4, nps: 9, ces: 6 }
      await probe.send(frame)
      const ack = await probe.next(acked(clientId))
      check(ack.type === 'rating:ack' && ack.conversationId === conversationId, 'rating:ack')
      await probe.next((f) => f.type === 'conversation:state' && f.state === 'rated')
      await probe.send(frame)
      await probe.next(acked(clientId))
      const other = cid('again')
      await probe.send({ type: 'rating:submit', clientId: other, conversationId, score: 1 })
      check((await probe.error(other)).code === 'rating_not_allowed', 'a second rating is refused')
      await probe.close()
    },
  },
  {
    name: 'the connector delivers a rating through its durable outbox',
    async run(t) {
      const { probe, welcome } = await open(t)
      const conversationId = await endedConversation(probe)
      await probe.close()
      // The same visitor in a new tab (its token), with nothing else to send.
      const connector = createConnector({
        adapter: t.adapter(),
        site: t.site ?? 'demo',
        network: null,
        token: welcome.token as string,
      })
      await connector.ready
      const clientId = cid('durable')
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('Conformance: the rating was never acknowledged')),
          STEP_TIMEOUT,
        )
        connector.on('delivered', (entry) => {
          if (entry.clientId !== clientId) return
          clearTimeout(timer)
          resolve()
        })
        connector.on('rejected', (_entry, problem) => reject(new Error(problem.message)))
        connector.sendDurable({ type: 'rating:submit', clientId, conversationId, ces: 5 })
      })
      check(connector.pendingFrames().length === 0, 'the durable outbox is empty')
      connector.destroy()
    },
  },
]
