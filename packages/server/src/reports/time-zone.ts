/**
 * Local calendar days as UTC instants and a zone's offsets over a period, for any IANA
 * zone, with Intl only. A day in Europe/Paris is 23 or 25 hours long on the DST switch;
 * one in Asia/Ho_Chi_Minh (UTC+7, no DST) starts at 17:00 UTC the day before.
 */

const HOUR = 3_600_000
const DAY = 24 * HOUR
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(tz: string): Intl.DateTimeFormat {
  let found = formatters.get(tz)
  if (found === undefined) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(tz, found)
  }
  return found
}

/** True when `tz` is a zone this runtime knows (`UTC`, `Europe/Paris`…). */
export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz)
    return true
  } catch {
    return false
  }
}

/** The zone's offset from UTC at instant `ms`, in ms (local = UTC + offset). */
export function offsetAt(tz: string, ms: number): number {
  const at = Math.floor(ms / 1000) * 1000
  const parts: Record<string, number> = {}
  for (const part of formatter(tz).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  )
  return wall - at
}

/**
 * The first instant whose local wall time is `wallMs` (a wall clock written as if UTC).
 * A wall time that occurs twice (autumn) gives the earlier instant; one skipped by a
 * spring-forward gap gives the end of the gap, so the skipped hour is an empty bucket.
 */
export function localToUtc(tz: string, wallMs: number): number {
  const before = offsetAt(tz, wallMs - DAY / 2)
  const after = offsetAt(tz, wallMs + DAY / 2)
  const candidates = [wallMs - before, wallMs - after]
    .filter((ms) => offsetAt(tz, ms) === wallMs - ms)
    .sort((a, b) => a - b)
  return candidates[0] ?? wallMs - before
}

/** `YYYY-MM-DD` → its wall-clock midnight as if UTC; NaN when not a real date. */
export function dateToWall(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const wall = Date.UTC(y, m - 1, d)
  return new Date(wall).toISOString().slice(0, 10) === date ? wall : Number.NaN
}

export function wallToDate(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10)
}

/** The date `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return wallToDate(dateToWall(date) + days * DAY)
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateToWall(to) - dateToWall(from)) / DAY) + 1
}

/** A labelled UTC interval `[start, end)`. */
export interface Bucket {
  label: string | number
  start: number
  end: number
}

/** One bucket per local date from `from` to `to`, labelled with the date. */
export function dayBuckets(tz: string, from: string, to: string): Bucket[] {
  const buckets: Bucket[] = []
  let start = localToUtc(tz, dateToWall(from))
  for (let wall = dateToWall(from); wall <= dateToWall(to); wall += DAY) {
    const end = localToUtc(tz, wall + DAY)
    buckets.push({ label: wallToDate(wall), start, end })
    start = end
  }
  return buckets
}

/** The zone's offset over `[start, end)`: constant pieces, each valid until `until`. */
export interface OffsetPiece {
  offset: number
  until: number
}

/**
 * Where the offset changes between `start` and `end` (DST switches), found per day and
 * then to the minute by bisection: usually one piece, two across a DST switch.
 */
export function offsetPieces(tz: string, start: number, end: number): OffsetPiece[] {
  const pieces: OffsetPiece[] = []
  let offset = offsetAt(tz, start)
  for (let from = start; from < end; from += DAY) {
    const to = Math.min(end, from + DAY)
    if (offsetAt(tz, to - 1) === offset) continue
    // The switch is in (from, to): the first whole minute with another offset.
    let low = Math.ceil(from / 60_000)
    let high = Math.floor((to - 1) / 60_000)
    while (low < high) {
      const mid = Math.floor((low + high) / 2)
      if (offsetAt(tz, mid * 60_000) === offset) low = mid + 1
      else high = mid
    }
    const switchAt = low * 60_000
    pieces.push({ offset, until: switchAt })
    offset = offsetAt(tz, switchAt)
    from = switchAt - DAY
  }
  pieces.push({ offset, until: end })
  return pieces
}
