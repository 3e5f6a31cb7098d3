import type { Connector } from '@chao/connector'
import type { ChatEngine } from '@chao/core'
import type { ClientFrameOf } from '@chao/protocol'
import { identifyFrame, wireAttributes } from './handoff-request.ts'

// The visitor's details that change during a live chat — the page's `setAttributes` (the
// cart total…), a name or email learnt after the handoff (identify, lead capture) — reach
// the agent: one `visitor:update` (protocol 1.4) with only what changed, a short while after
// the last change, and after a reconnection what changed meanwhile (latest state wins).

type Update = ClientFrameOf<'visitor:update'>
type Scalar = string | number | boolean

/** What the server knows of the visitor, as far as this page can tell. */
interface Known {
  name?: string
  email?: string
  attributes: Record<string, Scalar>
}

export interface VisitorUpdateOptions {
  /** True when this page sends the handoff request (it carries the details then). */
  request: boolean
  /** Quiet time before an update leaves, so a burst of changes is one frame; default 500 ms. */
  delay?: number
  /** After `rate_limited`, when to try again; default a minute (the server's window). */
  retryDelay?: number
}

// The wire's limits (protocol VISITOR_LIMITS, handoff-frames): a frame over them is refused
// whole, so what would not pass is left out.
const MAX_CHANGES = 30
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}$/

/** Sends the visitor's changed details while the live chat runs; returns the stop function. */
export function visitorUpdates(
  engine: Pick<ChatEngine, '$attributes' | '$visitor'>,
  connector: Pick<Connector, 'on' | 'sendFrame'>,
  options: VisitorUpdateOptions,
): () => void {
  const delay = options.delay ?? 500
  let minor: number | undefined
  // undefined: not known (a chat resumed after a reload): the first update says it all.
  let known: Known | undefined
  let before: Known | undefined
  let welcomed = false
  // Set when the server says identify verified this visitor: their name and email are the
  // site's, so updates leave them out.
  let verified = false
  let timer: ReturnType<typeof setTimeout> | undefined
  // The signed-in user (`id:hash`) the server last got an `identify` for.
  let identity: string | undefined
  // After `rate_limited`, nothing leaves before this time (ms since the epoch).
  let pausedUntil = 0

  const now = (): Known => {
    const { name, email } = engine.$visitor.get()
    return {
      ...(name && name.length <= 100 ? { name } : {}),
      ...(email && EMAIL.test(email) ? { email } : {}),
      attributes: wireAttributes(engine) ?? {},
    }
  }

  const identityOf = () => {
    const { id, hash } = engine.$visitor.get()
    return id && hash ? `${id}:${hash}` : undefined
  }

  /** A visitor who signs in (or as another user) during the chat: verified at once. */
  function sendIdentity(): void {
    const key = identityOf()
    if (key === undefined || key === identity) return
    const frame = identifyFrame(engine)
    if (frame && connector.sendFrame(frame)) identity = key
  }

  const schedule = (ms = delay) => {
    clearTimeout(timer)
    timer = setTimeout(flush, Math.max(ms, pausedUntil - Date.now()))
  }

  function flush(): void {
    clearTimeout(timer)
    timer = undefined
    if (minor === undefined || minor < 4) return
    if (Date.now() < pausedUntil) {
      schedule()
      return
    }
    const next = now()
    const frames = changes(known, next, verified)
    // Offline: nothing leaves, and the next welcome sends the state of then.
    for (const frame of frames) if (!connector.sendFrame(frame)) return
    if (frames.length > 0) before = known
    known = next
  }

  const onChange = () => {
    if (minor === undefined) return
    if (minor >= 4) {
      sendIdentity()
      return schedule()
    }
    // An older server (1.2, 1.3): a signed-in user's attributes go again with `identify`, as
    // they did before 1.4; an anonymous visitor's stay those of the handoff.
    const identify = identifyFrame(engine)
    if (identify && connector.sendFrame(identify)) identity = identityOf()
  }

  const stops = [
    connector.on('welcome', (frame) => {
      minor = Number(frame.v.split('.')[1] ?? 0)
      // The handoff request of this first welcome carries the details of now, and the
      // identify sent before it the signed-in user.
      if (!welcomed && options.request) {
        known = now()
        identity = identityOf()
      }
      welcomed = true
      if (minor >= 4) sendIdentity()
      flush()
    }),
    connector.on('frame', (frame) => {
      if (frame.type !== 'error' || frame.ref !== 'visitor:update') return
      if (frame.code === 'visitor_verified') verified = true
      // Refused for now: what it carried is sent again, with whatever changes after, later.
      if (frame.code === 'rate_limited') {
        known = before
        pausedUntil = Date.now() + (options.retryDelay ?? 60_000)
        schedule()
      }
    }),
    engine.$attributes.listen(onChange),
    engine.$visitor.listen(onChange),
    () => clearTimeout(timer),
  ]
  return () => {
    for (const stop of stops) stop()
  }
}

/** The frames that bring the server from `known` to `next`: none when nothing changed. */
export function changes(known: Known | undefined, next: Known, verified = false): Update[] {
  const was = known?.attributes ?? {}
  const changed: [string, Scalar | null][] = []
  for (const [key, value] of Object.entries(next.attributes)) {
    if (!Object.hasOwn(was, key) || was[key] !== value) changed.push([key, value])
  }
  for (const key of Object.keys(was)) {
    if (!Object.hasOwn(next.attributes, key)) changed.push([key, null])
  }
  // More changes than a frame takes: several frames, each within the wire's limit.
  const frames: Update[] = []
  for (let i = 0; i < changed.length; i += MAX_CHANGES) {
    const attributes = Object.fromEntries(changed.slice(i, i + MAX_CHANGES))
    frames.push({ type: 'visitor:update', attributes })
  }
  const contact: Omit<Update, 'type'> = {}
  if (!verified && next.name !== undefined && next.name !== known?.name) contact.name = next.name
  if (!verified && next.email !== undefined && next.email !== known?.email) {
    contact.email = next.email
  }
  if (contact.name !== undefined || contact.email !== undefined) {
    frames[0] = { ...(frames[0] ?? { type: 'visitor:update' }), ...contact }
  }
  return frames
}
