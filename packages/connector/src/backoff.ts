export interface BackoffOptions {
  /** First delay, ms. */
  initial?: number
  /** Longest delay, ms. */
  max?: number
  factor?: number
}

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of
 * min(max, initial * factor^n), so a server restart is not hit by every client at once,
 * and no client waits less than half its share.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number,
): number {
  const { initial = 500, max = 30_000, factor = 2 } = options
  const ceiling = Math.min(max, initial * factor ** Math.min(attempt, 30))
  return Math.round(ceiling / 2 + (ceiling / 2) * random())
}
