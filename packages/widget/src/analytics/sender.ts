import type { WidgetEvent } from '@chao/protocol'

// Widget analytics (protocol 1.3): batches what the bot and the proactive engine did and
// POSTs it to the server's reports. Best effort by design: an event that cannot be sent
// after one retry is dropped, and nothing here may throw into the page.

/** Events in one POST (`ANALYTICS_LIMITS.maxEvents`, restated so the validators stay out). */
const MAX_BATCH = 50
/** Events kept while sending is not allowed yet or the server is down; older ones go first. */
const MAX_QUEUED = 200
/** Keepalive requests share a 64 KiB budget per page: what `pagehide` may send at most. */
const KEEPALIVE_BYTES = 60_000
const FLUSH_MS = 3000
const MAX_TEXT = 4000

/** An event to record: `sessionId` and `at` default to the sender's session and clock. */
export type EventInput = Omit<WidgetEvent, 'sessionId' | 'at'> &
  Partial<Pick<WidgetEvent, 'sessionId' | 'at'>>

export interface EventSenderOptions {
  /** Base URL of the Chao server, without a trailing slash. */
  server: string
  /** The site id: the page's `site` setting, else the one the server's `/api/v1/config` answered. */
  site: string
  /** The bot session the events belong to; a function when it changes (after `reset`). */
  sessionId: string | (() => string)
  fetch?: typeof fetch
  /** Whether the visitor interacted or the site consented. Until then events only queue. */
  allowed?: () => boolean
  /** Where `pagehide` is heard (the page's window); absent: no flush on leaving. */
  target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
  clock?: () => number
  /** How long an event waits for others before the batch is posted. */
  flushMs?: number
}

export interface EventSender {
  /** Queues an event; it is posted within `flushMs`, or on `pagehide`. Never throws. */
  record(event: EventInput): void
  /** Posts what is queued now (if allowed). Resolves when done; never rejects. */
  flush(): Promise<void>
  /** Stops the timer and the `pagehide` listener; queued events are dropped. */
  shutdown(): void
}

interface Pending {
  event: WidgetEvent
  /** Attempts already failed (one retry, then the event is dropped). */
  failed: number
}

export function createEventSender(options: EventSenderOptions): EventSender {
  const url = `${options.server}/api/v1/sites/${encodeURIComponent(options.site)}/events`
  const clock = options.clock ?? Date.now
  const allowed = options.allowed ?? (() => true)
  const flushMs = options.flushMs ?? FLUSH_MS
  const sessionOf = () =>
    typeof options.sessionId === 'function' ? options.sessionId() : options.sessionId
  let queue: Pending[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  let listening = false
  let stopped = false

  const onPageHide = () => void send(true)
  const listen = (on: boolean) => {
    if (!options.target || on === listening) return
    listening = on
    if (on) options.target.addEventListener('pagehide', onPageHide)
    else options.target.removeEventListener('pagehide', onPageHide)
  }
  const schedule = () => {
    if (timer !== null || stopped || queue.length === 0) return
    timer = setTimeout(() => {
      timer = null
      void send(false)
    }, flushMs)
  }

  async function post(batch: Pending[], keepalive: boolean): Promise<void> {
    let retry = true
    try {
      const fetchImpl = options.fetch ?? globalThis.fetch
      const response = await fetchImpl(url, {
        method: 'POST',
        // A "simple" request: no CORS preflight, which a keepalive fetch on pagehide may not
        // get to finish. The server parses text/plain bodies as JSON.
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify({ events: batch.map((p) => p.event) }),
        keepalive,
      })
      if (response.ok) return
      // A 4xx says the batch itself is wrong (or the site unknown): sending it again won't help.
      retry = response.status >= 500 || response.status === 429
    } catch {
      // Offline, blocked by the page's CSP or an extension: retried once, then dropped.
    }
    if (!retry || stopped) return
    const again = batch.filter((p) => ++p.failed < 2)
    if (again.length === 0) return
    queue = [...again, ...queue].slice(-MAX_QUEUED)
    schedule()
  }

  function send(keepalive: boolean): Promise<void> {
    if (timer !== null) clearTimeout(timer)
    timer = null
    if (stopped || queue.length === 0 || !allowed()) return Promise.resolve()
    let budget = keepalive ? KEEPALIVE_BYTES : Number.POSITIVE_INFINITY
    const posts: Promise<void>[] = []
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH)
      if (keepalive) {
        // What does not fit the keepalive budget stays queued (and is lost with the page).
        while (batch.length > 1 && JSON.stringify(batch.map((p) => p.event)).length > budget)
          batch.pop()
        const size = JSON.stringify(batch.map((p) => p.event)).length
        if (size > budget) break
        budget -= size
      }
      queue = queue.slice(batch.length)
      posts.push(post(batch, keepalive))
    }
    return Promise.all(posts).then(() => {})
  }

  return {
    record(input) {
      if (stopped) return
      try {
        const at = Math.max(0, Math.round(input.at ?? clock()))
        const event: WidgetEvent = { ...input, sessionId: input.sessionId ?? sessionOf(), at }
        if (event.text !== undefined) event.text = event.text.slice(0, MAX_TEXT)
        queue.push({ event, failed: 0 })
        if (queue.length > MAX_QUEUED) queue.shift()
        listen(true)
        schedule()
      } catch {
        // A bad event from a caller must not break the chat.
      }
    },
    flush: () => send(false),
    shutdown() {
      stopped = true
      if (timer !== null) clearTimeout(timer)
      timer = null
      queue = []
      listen(false)
    },
  }
}
