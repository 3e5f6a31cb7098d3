import { MAX_TEXT_LENGTH, type ServerFrame } from '@chao/protocol'
import type { BackendAdapter } from '../adapter.ts'
import { createConnector } from '../connector.ts'
import { Probe, STEP_TIMEOUT } from './probe.ts'
import { ratingCases } from './rating-cases.ts'

/** What the suite needs from a backend under test. */
export interface ConformanceTarget {
  /** A fresh adapter; each one is a separate connection (another tab, another device). */
  adapter(): BackendAdapter
  /** A site id the backend accepts. Default `demo`. */
  site?: string
}

export interface ConformanceCase {
  name: string
  run(target: ConformanceTarget): Promise<void>
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Conformance: ${message}`)
}

const site = (t: ConformanceTarget) => t.site ?? 'demo'
const open = (t: ConformanceTarget, hello?: Parameters<typeof Probe.open>[2]) =>
  Probe.open(t.adapter(), site(t), hello)
let counter = 0
/** Client ids unique across runs against a long-lived backend. */
const cid = (label: string) => `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}`

/** Every message the backend holds in a conversation, via a fresh connection's resume. */
async function history(
  t: ConformanceTarget,
  token: string,
  conversationId: string,
  through: number,
) {
  const { probe } = await open(t, { token, resume: [{ conversationId, lastSeq: 0 }] })
  const seen: Extract<ServerFrame, { type: 'message:new' }>[] = []
  for (let seq = 1; seq <= through; seq++) {
    seen.push(await probe.next((f) => f.type === 'message:new' && f.seq === seq))
  }
  // A sentinel round trip: anything replayed beyond `through` would have arrived before it.
  await probe.send({ type: 'typing', conversationId, typing: false })
  const extra = await probe.message(cid('sentinel'), 'sentinel')
  await probe.close()
  check(
    extra.seq === through + 1,
    `expected exactly ${through} stored messages, seq ${extra.seq} came next`,
  )
  return seen.map((f) => f.message.text)
}

export const conformanceCases: ConformanceCase[] = [
  {
    name: 'hello is answered by welcome with a visitor token that a second connection can use',
    async run(t) {
      const { probe, welcome } = await open(t)
      check(
        welcome.type === 'welcome' && typeof welcome.token === 'string',
        'welcome carries a token',
      )
      check(welcome.conversation === null, 'a new visitor has no conversation')
      const second = await open(t, { token: welcome.token as string })
      check(second.welcome.visitorId === welcome.visitorId, 'the token identifies the same visitor')
      await probe.close()
      await second.probe.close()
    },
  },
  {
    name: 'messages are acknowledged with the next sequence numbers, in the order sent',
    async run(t) {
      const { probe } = await open(t)
      const ids = Array.from({ length: 20 }, (_, i) => cid(`order${i}`))
      for (const [i, clientId] of ids.entries()) {
        await probe.send({ type: 'message:send', clientId, text: `m${i + 1}` })
      }
      const acks: Extract<ServerFrame, { type: 'message:ack' }>[] = []
      for (const clientId of ids) acks.push(await probe.ack(clientId))
      acks.forEach((ack, i) => {
        check(ack.seq === i + 1, `message ${i + 1} got seq ${ack.seq}`)
        check(ack.conversationId === acks[0]?.conversationId, 'all went to one conversation')
        check(ack.duplicate !== true, 'a first send is not a duplicate')
      })
      await probe.close()
    },
  },
  {
    name: 'a resent client id is acknowledged again as a duplicate and stored once',
    async run(t) {
      const { probe, welcome } = await open(t)
      const clientId = cid('dup')
      const first = await probe.message(clientId, 'once')
      const again = await probe.message(clientId, 'once')
      check(again.duplicate === true, 'the second ack says duplicate: true')
      check(again.id === first.id && again.seq === first.seq, 'the second ack repeats the first')
      await probe.close()
      const texts = await history(t, welcome.token as string, first.conversationId, 1)
      check(texts.join() === 'once', `stored: ${texts.join()}`)
    },
  },
  {
    name: "a message reaches the visitor's other connections as message:new",
    async run(t) {
      const a = await open(t)
      const b = await open(t, { token: a.welcome.token as string })
      const ack = await a.probe.message(cid('fan'), 'hello from tab A')
      const seen = await b.probe.next((f) => f.type === 'message:new' && f.seq === ack.seq)
      check(
        seen.type === 'message:new' && seen.message.text === 'hello from tab A',
        'tab B sees it',
      )
      check(seen.message.author === 'visitor', 'authored by the visitor')
      await a.probe.close()
      await b.probe.close()
    },
  },
  {
    name: 'resume replays the messages missed while away, and only those',
    async run(t) {
      const a = await open(t)
      const token = a.welcome.token as string
      const first = await a.probe.message(cid('r'), 'one')
      await a.probe.message(cid('r'), 'two')
      await a.probe.close()
      const b = await open(t, { token })
      for (const text of ['three', 'four', 'five']) await b.probe.message(cid('r'), text)
      const back = await open(t, {
        token,
        resume: [{ conversationId: first.conversationId, lastSeq: 2 }],
      })
      check(back.welcome.conversation?.lastSeq === 5, 'welcome reports lastSeq 5')
      const texts = []
      for (const seq of [3, 4, 5]) {
        const f = await back.probe.next((x) => x.type === 'message:new' && x.seq === seq)
        if (f.type === 'message:new') texts.push(f.message.text)
      }
      check(texts.join() === 'three,four,five', `replayed ${texts.join()}`)
      await back.probe.message(cid('r'), 'six')
      check(
        !back.probe.frames.some((f) => f.type === 'message:new' && f.seq <= 2),
        'nothing seen is replayed',
      )
      await b.probe.close()
      await back.probe.close()
    },
  },
  {
    name: 'malformed, unknown and oversized frames get their error codes and store nothing',
    async run(t) {
      const { probe, welcome } = await open(t)
      const first = await probe.message(cid('bad'), 'before')
      const bad: [Record<string, unknown>, string, string][] = [
        [
          { type: 'message:send', clientId: 'big-1', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) },
          'text_too_long',
          'big-1',
        ],
        [{ type: 'message:send', clientId: 'num-1', text: 12 }, 'invalid_frame', 'num-1'],
        [
          { type: 'message:send', clientId: 'att-1', text: 'x', attachments: 'no' },
          'invalid_frame',
          'att-1',
        ],
        [{ type: 'message:send', text: 'no id' }, 'invalid_frame', 'message:send'],
        [{ type: 'message:delete', clientId: 'del-1' }, 'unknown_frame', 'del-1'],
        [
          { type: 'rating:submit', conversationId: first.conversationId, score: 'five' },
          'invalid_frame',
          'rating:submit',
        ],
        [{ type: 'hello', v: '1.1.0', site: site(t) }, 'invalid_frame', 'hello'],
      ]
      for (const [frame, code, ref] of bad) {
        await probe.send(frame)
        const error = await probe.error(ref)
        check(
          error.code === code,
          `${JSON.stringify(frame).slice(0, 60)} got ${error.code}, not ${code}`,
        )
      }
      await probe.close()
      const texts = await history(t, welcome.token as string, first.conversationId, 1)
      check(texts.join() === 'before', 'nothing was stored')
    },
  },
  {
    name: 'frames before hello get hello_required',
    async run(t) {
      const probe = await Probe.connect(t.adapter(), site(t))
      await probe.send({ type: 'typing', conversationId: 'nope', typing: true })
      const error = await probe.error('typing')
      // Over HTTP there is no connection before hello: such a frame lacks its token instead.
      check(error.code === 'hello_required' || error.code === 'unauthorized', `got ${error.code}`)
      await probe.close()
    },
  },
  {
    name: "another visitor's conversation is forbidden, and a forged token unauthorized",
    async run(t) {
      const owner = await open(t)
      const ack = await owner.probe.message(cid('own'), 'private')
      const other = await open(t)
      const conversationId = ack.conversationId
      await other.probe.send({
        type: 'message:send',
        clientId: 'intruder',
        text: 'hi',
        conversationId,
      })
      check(
        (await other.probe.error('intruder')).code === 'forbidden',
        'sending there is forbidden',
      )
      await other.probe.send({ type: 'typing', conversationId, typing: true })
      check((await other.probe.error('typing')).code === 'forbidden', 'typing there is forbidden')
      await other.probe.close()
      const resumer = await open(t, {
        token: other.welcome.token as string,
        resume: [{ conversationId, lastSeq: 0 }],
      })
      check((await resumer.probe.error('hello')).code === 'forbidden', 'resuming it is forbidden')
      await resumer.probe.message(cid('own'), 'mine')
      check(
        !resumer.probe.frames.some((f) => f.type === 'message:new'),
        'nothing of it was replayed',
      )
      await resumer.probe.close()
      const token = owner.welcome.token as string
      const forged = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`
      const probe = await Probe.connect(t.adapter(), site(t))
      const refused = await probe.hello({ token: forged })
      check(
        refused.type === 'error' && refused.code === 'unauthorized',
        'a forged token is refused',
      )
      await probe.close()
      await owner.probe.close()
    },
  },
  {
    name: 'an older minor protocol version is served; another major is refused',
    async run(t) {
      const old = await open(t, { v: '1.0.0' })
      check(old.welcome.v === '1.0.0', `negotiated ${old.welcome.v}`)
      await old.probe.message(cid('old'), 'from an old client')
      await old.probe.close()
      const probe = await Probe.connect(t.adapter(), site(t))
      const refused = await probe.hello({ v: '9.0.0' })
      check(
        refused.type === 'error' && refused.code === 'version_unsupported',
        'major 9 is refused',
      )
      await probe.close()
    },
  },
  {
    name: 'an ended conversation takes no new message; a replayed one is re-acked, not stored',
    async run(t) {
      const { probe, welcome } = await open(t)
      const clientId = cid('end')
      const ack = await probe.message(clientId, 'last words')
      const conversationId = ack.conversationId
      await probe.send({ type: 'conversation:end', conversationId })
      await probe.next((f) => f.type === 'conversation:state' && f.state === 'ended')
      await probe.send({ type: 'message:send', clientId: 'late-1', text: 'more', conversationId })
      check((await probe.error('late-1')).code === 'conversation_ended', 'conversation_ended')
      const replay = await probe.message(clientId, 'last words', { conversationId })
      check(replay.duplicate === true && replay.seq === ack.seq, 'the replay is a duplicate ack')
      await probe.send({ type: 'rating:submit', conversationId, score: 5 })
      await probe.next((f) => f.type === 'conversation:state' && f.state === 'rated')
      await probe.send({ type: 'rating:submit', conversationId, score: 1 })
      check((await probe.error('rating:submit')).code === 'rating_not_allowed', 'rated once')
      await probe.close()
      const { probe: reader } = await open(t, {
        token: welcome.token as string,
        resume: [{ conversationId, lastSeq: 0 }],
      })
      await reader.next((f) => f.type === 'message:new' && f.seq === 1)
      await reader.send({ type: 'typing', conversationId, typing: false })
      await reader.send({ type: 'message:send', clientId: 'probe-end', text: 'x', conversationId })
      await reader.error('probe-end')
      check(!reader.frames.some((f) => f.type === 'message:new'), 'only one message is stored')
      await reader.close()
    },
  },
  {
    name: 'the connector delivers 30 messages over this adapter, each exactly once and in order',
    async run(t) {
      const connector = createConnector({ adapter: t.adapter(), site: site(t), network: null })
      await connector.ready
      for (let i = 1; i <= 30; i++) connector.send(`c${i}`)
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error('Conformance: the outbox never emptied')),
          STEP_TIMEOUT,
        )
        const off = connector.on('ack', () => {
          if (connector.pending().length > 0) return
          clearTimeout(timer)
          off()
          resolve()
        })
      })
      const { token, conversationId } = connector.session()
      check(token !== undefined && conversationId !== undefined, 'the connector knows its session')
      connector.destroy()
      const texts = await history(t, token, conversationId, 30)
      const expected = Array.from({ length: 30 }, (_, i) => `c${i + 1}`).join()
      check(texts.join() === expected, `stored ${texts.join()}`)
    },
  },
  ...ratingCases,
]
