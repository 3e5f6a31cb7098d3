import type { ClientFrame } from '@chao/protocol'
import type { AdapterSink, BackendAdapter } from '../adapter.ts'

export interface HttpAdapterOptions {
  /** Base URL of the chat API, e.g. `https://chat.example.com/api/v1/chat`. */
  url: string
  /** Injected for tests and non-browser runtimes; default the global ones. */
  fetch?: typeof fetch
  EventSource?: typeof EventSource
}

/**
 * REST for sends and Server-Sent Events for receives, for serverless or existing backends,
 * with nothing beyond `fetch` and `EventSource`:
 * - `hello` opens `GET {url}/events?hello=<frame as JSON>`; the stream starts with
 *   `welcome`, replays what `resume` asks for, then carries live frames;
 * - every other frame is `POST {url}/frames` with `Authorization: Bearer <token>`; the
 *   response body `{frames: [...]}` carries the reply (ack or error).
 * Posts go one at a time so the server sees them in the order sent.
 */
export function httpAdapter(options: HttpAdapterOptions): BackendAdapter {
  const base = options.url.replace(/\/$/, '')
  let source: EventSource | undefined
  let sink: AdapterSink | undefined
  let token: string | undefined
  let queue: Promise<void> = Promise.resolve()

  const fail = (current: AdapterSink | undefined, reason: string) => {
    if (current === undefined || current !== sink) return
    source?.close()
    source = undefined
    sink = undefined
    current.status('offline', reason)
  }

  async function post(frame: ClientFrame, current: AdapterSink): Promise<void> {
    const doFetch = options.fetch ?? fetch
    const response = await doFetch(`${base}/frames`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(frame),
    })
    if (response.status >= 500) throw new Error(`HTTP ${response.status}`)
    const body = (await response.json().catch(() => ({}))) as { frames?: unknown }
    if (current !== sink) return
    if (Array.isArray(body.frames)) for (const reply of body.frames) current.receive(reply)
  }

  return {
    connect(next) {
      sink = next
      queueMicrotask(() => sink === next && next.status('online'))
    },
    send(frame) {
      const current = sink
      if (current === undefined) throw new Error('Not connected')
      if (frame.type === 'hello' && source === undefined) {
        const Source = options.EventSource ?? EventSource
        const stream = new Source(
          `${base}/events?hello=${encodeURIComponent(JSON.stringify(frame))}`,
        )
        source = stream
        stream.onmessage = (event) => {
          if (current !== sink) return
          let data: unknown
          try {
            data = JSON.parse(event.data)
          } catch {
            return
          }
          const welcome = data as { type?: unknown; token?: unknown }
          if (welcome.type === 'welcome' && typeof welcome.token === 'string') token = welcome.token
          current.receive(data)
        }
        // EventSource would retry on its own, without resume: the connector does it instead.
        stream.onerror = () => fail(current, 'event stream closed')
        if (frame.token !== undefined) token = frame.token
        return
      }
      const sent = queue.then(() => (current === sink ? post(frame, current) : undefined))
      queue = sent.catch((error: unknown) => fail(current, String(error)))
      return sent
    },
    disconnect() {
      source?.close()
      source = undefined
      sink = undefined
    },
  }
}
