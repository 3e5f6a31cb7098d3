import { PAGE_EVENTS, type PageEvent, type StageCommand } from '../chat/chat-module.ts'
import type { Widget } from '../host/widget.ts'

/** `window.Chao`: `Chao('open')`. Before chao.js loads, the snippet's stub queues calls in `q`. */
export interface ChaoFunction {
  (command: string, ...args: unknown[]): unknown
  /** Calls queued by the stub before the loader ran. */
  q?: ArrayLike<unknown>[]
  /** Set by the real API, so a second copy of chao.js can tell it is not alone. */
  version?: string
}

// Commands the chat stage runs (queued by the widget until the stage has loaded).
const STAGE: readonly StageCommand[] = [
  'identify',
  'setAttributes',
  'setLocale',
  'track',
  'reset',
  'consent',
]
export const COMMANDS = ['open', 'close', 'toggle', ...STAGE, 'on', 'off', 'shutdown'] as const

type Listener = (...args: unknown[]) => void

/**
 * Builds the page-facing command function. It never throws into the page: a wrong call
 * prints one error saying what is accepted.
 */
export function createCommandApi(
  widget: Widget,
  report: (message: string) => void,
  version: string,
  shutdown: () => void,
): ChaoFunction {
  const subscriptions = new Map<Listener, Map<string, () => void>>()

  function on(event: unknown, listener: unknown): (() => void) | undefined {
    const known = event as PageEvent
    if (!PAGE_EVENTS.includes(known) || typeof listener !== 'function') {
      report(
        `[Chao] Chao('on', event, listener) needs one of these events: ${PAGE_EVENTS.join(', ')}, ` +
          `and a function; got ${String(event)} and ${typeof listener}.`,
      )
      return undefined
    }
    const fn = listener as Listener
    const off = widget.on(known, fn as never)
    const byEvent = subscriptions.get(fn) ?? new Map<string, () => void>()
    subscriptions.set(fn, byEvent)
    byEvent.set(known, off)
    return () => {
      off()
      byEvent.delete(known)
    }
  }

  const Chao = ((command: unknown, ...args: unknown[]) => {
    try {
      switch (command) {
        case 'open':
        case 'close':
        case 'toggle':
          return widget[command]()
        case 'on':
          return on(args[0], args[1])
        case 'off':
          subscriptions.get(args[1] as Listener)?.get(String(args[0]))?.()
          return
        case 'shutdown':
          return shutdown()
      }
      if (STAGE.includes(command as StageCommand))
        return widget.command(command as StageCommand, args)
      report(
        `[Chao] Unknown command ${JSON.stringify(command) ?? String(command)}. ` +
          `Available commands: ${COMMANDS.join(', ')}.`,
      )
    } catch (error) {
      report(`[Chao] The command ${String(command)} failed: ${String(error)}`)
    }
  }) as ChaoFunction
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
