/**
 * Sends waiting for their acknowledgement. When the oldest has waited `timeout` ms the link
 * is broken, even if the socket still looks open: `overdue` is called once, and the caller
 * reconnects (which clears the watch and sends everything again).
 */
export class AckWatch {
  private readonly since = new Map<string, number>()
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly timeout: number,
    private readonly overdue: () => void,
  ) {}

  /** `clientId` was sent and its ack is now awaited. */
  wait(clientId: string): void {
    this.since.set(clientId, Date.now())
    this.timer ??= setTimeout(() => this.check(), this.timeout)
  }

  /** Its ack (or a refusal) arrived. */
  done(clientId: string): void {
    this.since.delete(clientId)
  }

  /** The connection is gone: nothing is awaited on it any more. */
  clear(): void {
    this.since.clear()
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private check(): void {
    this.timer = undefined
    if (this.since.size === 0) return
    const wait = Math.min(...this.since.values()) + this.timeout - Date.now()
    if (wait > 0) this.timer = setTimeout(() => this.check(), wait)
    else this.overdue()
  }
}
