import { type ClientFrame, PROTOCOL_VERSION, type ServerFrame } from '@chao/protocol'
import type { BackendAdapter } from '../adapter.ts'

/** Time a conformance step may take before it fails, ms. */
export const STEP_TIMEOUT = 4_000

type Hello = Omit<Extract<ClientFrame, { type: 'hello' }>, 'type' | 'site' | 'v'> & { v?: string }

/**
 * One raw connection through an adapter, recording every frame it receives, for checks
 * below the connector (exact frames, exact error codes).
 */
export class Probe {
  readonly frames: ServerFrame[] = []
  private waiters = new Set<() => void>()
  private status: 'connecting' | 'online' | 'offline' = 'connecting'

  private constructor(
    readonly adapter: BackendAdapter,
    readonly site: string,
  ) {}

  /** Connects and waits until the adapter reports online (no hello yet). */
  static async connect(adapter: BackendAdapter, site: string): Promise<Probe> {
    const probe = new Probe(adapter, site)
    await adapter.connect({
      receive: (frame) => {
        probe.frames.push(frame as ServerFrame)
        probe.wake()
      },
      status: (state) => {
        probe.status = state
        probe.wake()
      },
    })
    await probe.until(() => probe.status !== 'connecting', 'the adapter to report a status')
    if (probe.status !== 'online')
      throw new Error('The adapter reported offline instead of online.')
    return probe
  }

  /** Connects and says hello; resolves with the welcome. */
  static async open(adapter: BackendAdapter, site: string, hello: Hello = {}) {
    const probe = await Probe.connect(adapter, site)
    const welcome = await probe.hello(hello)
    if (welcome.type !== 'welcome') throw new Error(`hello was refused: ${JSON.stringify(welcome)}`)
    return { probe, welcome }
  }

  /** Sends hello; resolves with the welcome or the error frame that answered it. */
  async hello(hello: Hello = {}) {
    const { v = PROTOCOL_VERSION, ...rest } = hello
    await this.send({ type: 'hello', v, site: this.site, ...rest })
    return this.next((f) => f.type === 'welcome' || (f.type === 'error' && f.ref === 'hello'))
  }

  send(frame: ClientFrame | Record<string, unknown>): Promise<void> {
    return Promise.resolve(this.adapter.send(frame as ClientFrame))
  }

  /** The first frame (already received or to come) matching `match`, consumed. */
  async next<F extends ServerFrame = ServerFrame>(
    match: (frame: ServerFrame) => boolean,
  ): Promise<F> {
    let found: ServerFrame | undefined
    await this.until(
      () => {
        const index = this.frames.findIndex(match)
        if (index < 0) return false
        found = this.frames.splice(index, 1)[0]
        return true
      },
      `a frame matching ${match.toString().slice(0, 120)}`,
    )
    return found as F
  }

  ack(clientId: string) {
    return this.next<Extract<ServerFrame, { type: 'message:ack' }>>(
      (f) => f.type === 'message:ack' && f.clientId === clientId,
    )
  }

  error(ref: string) {
    return this.next<Extract<ServerFrame, { type: 'error' }>>(
      (f) => f.type === 'error' && f.ref === ref,
    )
  }

  /** Sends a message and waits for its ack. */
  async message(clientId: string, text: string, extra: Record<string, unknown> = {}) {
    await this.send({ type: 'message:send', clientId, text, ...extra })
    return this.ack(clientId)
  }

  close(): Promise<void> {
    return Promise.resolve(this.adapter.disconnect())
  }

  until(condition: () => boolean, what: string): Promise<void> {
    if (condition()) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return
        clearTimeout(timer)
        this.waiters.delete(check)
        resolve()
      }
      const timer = setTimeout(() => {
        this.waiters.delete(check)
        const seen = this.frames.map((f) => f.type).join(', ') || 'none'
        reject(new Error(`Timed out waiting for ${what}. Unconsumed frames: ${seen}.`))
      }, STEP_TIMEOUT)
      this.waiters.add(check)
    })
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter()
  }
}
