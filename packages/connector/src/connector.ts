import {
  type ClientFrame,
  type ConnectionState,
  type FrameProblem,
  PROTOCOL_VERSION,
  parseClientFrame,
  parseServerFrame,
  RETRYABLE_CODES,
  type ServerFrameOf,
} from '@chao/protocol'
import { AckWatch } from './ack-watch.ts'
import type { AdapterSink } from './adapter.ts'
import { backoffDelay } from './backoff.ts'
import { createClientId } from './client-id.ts'
import type { Connector, ConnectorEvents, ConnectorOptions } from './connector-types.ts'
import { DurableFrames } from './durable-frames.ts'
import { Emitter } from './emitter.ts'
import { browserNetwork } from './network.ts'
import { store } from './observable.ts'
import { Outbox, type OutboxEntry } from './outbox.ts'
import { Session } from './session.ts'
import { memoryStorage } from './storage.ts'

export type {
  Connector,
  ConnectorEvents,
  ConnectorOptions,
  SendOptions,
} from './connector-types.ts'

const FATAL = new Set(['version_unsupported', 'unauthorized', 'unknown_site'])

/** The client side of the protocol; see docs/adapters.md for the guarantees. */
export function createConnector(options: ConnectorOptions): Connector {
  const { adapter, site } = options
  const storage = options.storage ?? memoryStorage()
  const prefix = options.storageKey ?? 'chao'
  const random = options.random ?? Math.random
  const ackTimeout = options.ackTimeout ?? 10_000
  const idleTimeout = options.idleTimeout ?? 60_000
  const network = options.network === null ? undefined : (options.network ?? browserNetwork())

  const $connection = store<ConnectionState>('idle')
  const events = new Emitter<ConnectorEvents>()
  const outbox = new Outbox(storage, `${prefix}:outbox`)
  const session = new Session(storage, `${prefix}:session`)
  let version = PROTOCOL_VERSION
  const durable = new DurableFrames(storage, `${prefix}:frames`, {
    transmit: (frame) => transmit(frame),
    await: (clientId, waiting) => (waiting ? acks.wait(clientId) : acks.done(clientId)),
    delivered: (entry) => events.emit('delivered', entry),
    rejected: (entry, problem) => events.emit('rejected', entry, problem),
  })
  // Sends are watched from the moment they go out: an overdue ack means a broken link.
  const acks = new AckWatch(ackTimeout, () => lost())
  let loaded = false
  let destroyed = false
  let holds = options.push ? 1 : 0
  let generation = 0
  let active = false
  let welcomed = false
  let attempt = 0
  let error: FrameProblem | undefined
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined
  let idleTimer: ReturnType<typeof setTimeout> | undefined
  let unsubscribeNetwork: (() => void) | undefined

  const needed = () =>
    !destroyed && (outbox.size > 0 || durable.size > 0 || session.open || holds > 0)
  const networkUp = () => network === undefined || network.isOnline()

  function update(): void {
    if (!loaded || destroyed || $connection.get() === 'error') return
    if (needed()) {
      clearTimeout(idleTimer)
      idleTimer = undefined
      if (!active && reconnectTimer === undefined) connect()
    } else if (idleTimer === undefined && (active || reconnectTimer !== undefined)) {
      idleTimer = setTimeout(goIdle, idleTimeout)
    }
  }

  function connect(): void {
    clearTimeout(reconnectTimer)
    reconnectTimer = undefined
    unsubscribeNetwork ??= network?.subscribe(onNetwork)
    if (!networkUp()) {
      $connection.set('offline')
      return
    }
    const current = ++generation
    active = true
    welcomed = false
    if ($connection.get() !== 'offline') $connection.set('connecting')
    const sink: AdapterSink = {
      receive: (frame) => current === generation && onFrame(frame),
      status: (state) => current === generation && (state === 'online' ? hello() : lost()),
    }
    try {
      Promise.resolve(adapter.connect(sink)).catch(() => sink.status('offline'))
    } catch {
      sink.status('offline')
    }
  }

  /** Drops the current connection; reconnects with backoff if it is still wanted. */
  function lost(): void {
    drop()
    if (!needed()) {
      $connection.set('idle')
      return
    }
    $connection.set('offline')
    if (!networkUp()) return // the network's `online` event reconnects
    reconnectTimer = setTimeout(connect, backoffDelay(attempt++, options.backoff ?? {}, random))
  }

  function drop(): void {
    generation++
    welcomed = false
    acks.clear()
    if (active) {
      active = false
      try {
        Promise.resolve(adapter.disconnect()).catch(() => {})
      } catch {}
    }
  }

  function goIdle(): void {
    idleTimer = undefined
    if (needed()) return
    clearTimeout(reconnectTimer)
    reconnectTimer = undefined
    drop()
    unsubscribeNetwork?.()
    unsubscribeNetwork = undefined
    $connection.set('idle')
  }

  function onNetwork(online: boolean): void {
    if (!online) {
      if (active || reconnectTimer !== undefined) {
        clearTimeout(reconnectTimer)
        reconnectTimer = undefined
        drop()
        $connection.set('offline')
      }
    } else if (needed() && !active) {
      attempt = 0
      connect()
    }
  }

  /** Conversations the last `hello` resumed: their replay is already coming. */
  let resumed = new Set<string>()

  /** The server says a conversation reached `lastSeq`; fetch what we have not seen. */
  function catchUp(conversationId: string, lastSeq: number | undefined): void {
    if (lastSeq === undefined || resumed.has(conversationId)) return
    if (lastSeq <= session.mark(conversationId)) return
    resumed.add(conversationId)
    transmit({ type: 'resume', conversationId, lastSeq: session.mark(conversationId) })
  }

  function hello(): void {
    const resume = session.resumeList()
    resumed = new Set(resume.map((entry) => entry.conversationId))
    const token = options.token ?? session.token
    transmit({
      type: 'hello',
      v: options.version ?? PROTOCOL_VERSION,
      site,
      ...(token === undefined ? {} : { token }),
      ...(resume.length > 0 ? { resume } : {}),
    })
  }

  function transmit(frame: ClientFrame): void {
    const current = generation
    const fail = () => current === generation && lost()
    try {
      Promise.resolve(adapter.send(frame)).catch(fail)
    } catch {
      fail()
    }
  }

  function sendEntry(entry: OutboxEntry): void {
    acks.wait(entry.clientId)
    transmit({
      type: 'message:send',
      clientId: entry.clientId,
      text: entry.text,
      ...(entry.conversationId === undefined ? {} : { conversationId: entry.conversationId }),
      ...(entry.attachments === undefined ? {} : { attachments: entry.attachments }),
    })
  }

  function onFrame(raw: unknown): void {
    const parsed = parseServerFrame(raw)
    if (!parsed.ok) return // a broken or newer server frame must not break the widget
    const frame = parsed.frame
    switch (frame.type) {
      case 'welcome':
        welcomed = true
        attempt = 0
        error = undefined
        session.welcome(frame)
        version = frame.v
        $connection.set('online')
        events.emit('welcome', frame)
        if (frame.conversation !== null) catchUp(frame.conversation.id, frame.conversation.lastSeq)
        for (const entry of outbox.list()) sendEntry(entry)
        durable.flush(version)
        update()
        return
      case 'message:ack':
        acknowledge(frame)
        return
      case 'message:new': {
        if (!session.markSeen(frame.conversationId, frame.seq)) return
        const clientId = frame.message.clientId
        // Our own message echoed before its ack arrived: it is the ack.
        if (clientId !== undefined && outbox.get(clientId) !== undefined) {
          const { id, createdAt } = frame.message
          const { conversationId, seq } = frame
          acknowledge({ type: 'message:ack', clientId, id, conversationId, seq, createdAt })
          return
        }
        events.emit('message', frame)
        return
      }
      case 'conversation:state':
        session.setState(frame.conversationId, frame.state)
        catchUp(frame.conversationId, frame.lastSeq)
        events.emit('frame', frame)
        update()
        return
      case 'error':
        onError(frame)
        return
      default:
        durable.acknowledge(frame)
        events.emit('frame', frame)
        update()
    }
  }

  function acknowledge(ack: ServerFrameOf<'message:ack'>): void {
    session.markSeen(ack.conversationId, ack.seq)
    const entry = outbox.remove(ack.clientId)
    if (entry === undefined) return // an ack we no longer wait for (already acked): ignore
    acks.done(ack.clientId)
    if (session.conversationId !== ack.conversationId && !session.open) {
      session.setState(ack.conversationId, 'queued')
    }
    events.emit('ack', ack, entry)
    update()
  }

  function onError(frame: ServerFrameOf<'error'>): void {
    const problem: FrameProblem = {
      code: frame.code as FrameProblem['code'],
      message: frame.message,
    }
    if (frame.ref !== undefined) problem.ref = frame.ref
    if (!welcomed && FATAL.has(frame.code)) {
      error = problem
      drop()
      $connection.set('error')
    } else if (frame.ref !== undefined && !RETRYABLE_CODES.includes(problem.code)) {
      const entry = outbox.remove(frame.ref)
      if (entry !== undefined) {
        acks.done(entry.clientId)
        events.emit('failed', entry, problem)
      }
      durable.refuse(frame.ref, problem)
    }
    events.emit('frame', frame)
    update()
  }

  const ready = Promise.all([outbox.load(), session.load(), durable.load()]).then(() => {
    loaded = true
    update()
  })

  return {
    $connection,
    ready,
    send(text, sendOptions = {}) {
      const entry: OutboxEntry = {
        clientId: sendOptions.clientId ?? createClientId(),
        text,
        createdAt: Date.now(),
      }
      if (sendOptions.conversationId !== undefined)
        entry.conversationId = sendOptions.conversationId
      if (sendOptions.attachments !== undefined) entry.attachments = sendOptions.attachments
      const check = parseClientFrame({ type: 'message:send', ...entry })
      if (!check.ok) throw new TypeError(`Cannot send this message: ${check.error.message}`)
      outbox.add(entry)
      if (welcomed) sendEntry(entry)
      update()
      return entry
    },
    sendFrame(frame) {
      if (!welcomed) return false
      transmit(frame)
      return true
    },
    sendDurable(frame) {
      const entry = durable.add(frame, welcomed ? version : undefined)
      update()
      return entry
    },
    pending: () => outbox.list(),
    pendingFrames: () => durable.list(),
    session: () => session.ids(),
    lastError: () => error,
    on: (event, listener) => events.on(event, listener),
    hold() {
      holds++
      update()
    },
    release() {
      holds = Math.max(0, holds - 1)
      update()
    },
    destroy() {
      destroyed = true
      clearTimeout(reconnectTimer)
      clearTimeout(idleTimer)
      drop()
      unsubscribeNetwork?.()
      $connection.set('idle')
    },
  }
}
