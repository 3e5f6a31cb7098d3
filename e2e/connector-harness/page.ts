// The browser side of the connector fault tests: a bare page with a connector and a
// visitor's message list, as @chao/core will keep it (persisted, so a reload keeps it).
// Bundled from the connector's built files by bundle.ts.

import { httpAdapter } from '../../packages/connector/dist/http/index.js'
import { createConnector } from '../../packages/connector/dist/index.js'
import { socketioAdapter } from '../../packages/connector/dist/socketio/index.js'

const params = new URLSearchParams(location.search)
const server = params.get('server') ?? ''
const adapter =
  params.get('transport') === 'http'
    ? httpAdapter({ url: `${server}/api/v1/chat` })
    : // A handshake whose answers the proxy drops must fail fast, not after 10 s.
      socketioAdapter({ url: server, socket: { timeout: 1000 } })

const LIST_KEY = 'harness:list'
// seq → text, what the visitor sees in order.
const list = new Map<number, string>(JSON.parse(localStorage.getItem(LIST_KEY) ?? '[]'))
const save = () => localStorage.setItem(LIST_KEY, JSON.stringify([...list]))

const connector = createConnector({
  adapter,
  site: 'demo',
  storage: localStorage,
  backoff: { initial: 100, max: 1000 },
  ackTimeout: 3000,
})
// Acks for resent messages the server already had: proof the faults hit messages in flight.
let duplicates = 0
connector.on('ack', (ack, entry) => {
  if (ack.duplicate) duplicates++
  list.set(ack.seq, entry.text)
  save()
})
connector.on('message', (frame) => {
  list.set(frame.seq, frame.message.text)
  save()
})

Object.assign(window, {
  harness: {
    send: (text: string) => connector.send(text).clientId,
    state: () => connector.$connection.get(),
    pending: () => connector.pending().length,
    duplicates: () => duplicates,
    session: () => connector.session(),
    list: () => [...list].sort((a, b) => a[0] - b[0]).map(([, text]) => text),
    ready: connector.ready.then(() => true),
  },
})
