/**
 * A fixed one-minute window per key (an address, a visitor): cheap to keep, and enough to
 * stop a page stuck in a loop. Counted in this process's memory: each server node counts
 * its own.
 */
export function perMinuteLimit(perMinute: number, clock: () => number = Date.now) {
  let window = 0
  let counts = new Map<string, number>()
  return (key: string): boolean => {
    const now = Math.floor(clock() / 60_000)
    if (now !== window) {
      window = now
      counts = new Map()
    }
    const n = (counts.get(key) ?? 0) + 1
    counts.set(key, n)
    return n <= perMinute
  }
}
