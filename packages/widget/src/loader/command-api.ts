import type { Widget } from '../host/widget.ts'

/** `window.Chao`: `Chao('open')`. Before chao.js loads, the snippet's stub queues calls in `q`. */
export interface ChaoFunction {
  (command: string, ...args: unknown[]): void
  /** Calls queued by the stub before the loader ran. */
  q?: ArrayLike<unknown>[]
  /** Set by the real API, so a second copy of chao.js can tell it is not alone. */
  version?: string
}

export const COMMANDS = ['open', 'close', 'toggle'] as const

/** Builds the page-facing command function. It never throws into the page. */
export function createCommandApi(
  widget: Widget,
  report: (message: string) => void,
  version: string,
): ChaoFunction {
  const run: Record<(typeof COMMANDS)[number], () => void> = {
    open: widget.open,
    close: widget.close,
    toggle: widget.toggle,
  }
  const Chao: ChaoFunction = (command) => {
    try {
      const known = COMMANDS.find((name) => name === command)
      if (known) return run[known]()
      report(
        `[Chao] Unknown command ${JSON.stringify(command) ?? String(command)}. ` +
          `Available commands: ${COMMANDS.join(', ')}.`,
      )
    } catch (error) {
      report(`[Chao] The command ${String(command)} failed: ${String(error)}`)
    }
  }
  Chao.version = version
  return Chao
}

/** Replays the calls the snippet's stub queued before the loader ran. */
export function replayQueue(Chao: ChaoFunction, queue: unknown): void {
  if (!Array.isArray(queue)) return
  for (const args of queue as ArrayLike<unknown>[]) {
    const [command, ...rest] = Array.from(args)
    Chao(command as string, ...rest)
  }
}
