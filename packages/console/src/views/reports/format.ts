/**
 * How report numbers are written. `null` (no data for the period) is always "—", never
 * 0 or NaN: an empty week must not look like a perfect or a terrible one.
 */

export const NONE = '—'

export function count(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NONE : value.toLocaleString('en-US')
}

/** Percent with one decimal, as the API rounds it: `66.7%`. */
export function percent(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NONE : `${value.toFixed(1)}%`
}

/** Averages of ratings/scores: two decimals (`4.25`). */
export function decimal(value: number | null, digits = 2): string {
  return value === null || !Number.isFinite(value) ? NONE : value.toFixed(digits)
}

/** NPS is a whole score from −100 to 100, signed. */
export function score(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NONE
  const rounded = Math.round(value * 10) / 10
  return rounded > 0 ? `+${rounded}` : String(rounded).replace('-', '−')
}

/** A duration to the second: `45 s`, `2 min 05 s`, `1 h 03 min`. */
export function duration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return NONE
  const seconds = Math.round(Math.abs(ms) / 1000)
  const sign = ms < 0 ? '−' : ''
  if (seconds < 60) return `${sign}${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${sign}${minutes} min ${pad(seconds % 60)} s`
  return `${sign}${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** An epoch instant as a local date and time in `tz`: `2026-11-03 14:05`. */
export function dateTime(ms: number | null, tz: string): string {
  if (ms === null) return NONE
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`
}

/** `07:00` for hour 7. */
export function hourLabel(hour: number): string {
  return `${pad(hour)}:00`
}
