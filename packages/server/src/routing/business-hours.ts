import type { BusinessHours, Weekday } from '../db/agent-store.ts'

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/

/** The weekday and minute of the day at `now` in `timeZone` (Intl does the DST arithmetic). */
export function localTime(now: number, timeZone: string): { day: Weekday; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(now))
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  const day = WEEKDAYS[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'))]
  return { day: day ?? 'sun', minute: Number(get('hour')) * 60 + Number(get('minute')) }
}

const minutes = (hhmm: string) => {
  const match = HHMM.exec(hhmm)
  return match === null ? Number.NaN : Number(match[1]) * 60 + Number(match[2])
}

/** Whether `hours` are open at `now`; null hours mean always open. */
export function isOpen(hours: BusinessHours | null, now: number): boolean {
  if (hours === null) return true
  const { day, minute } = localTime(now, hours.timeZone)
  return (hours.days[day] ?? []).some(
    ([from, to]) => minute >= minutes(from) && minute < minutes(to),
  )
}

/** Why `hours` are unusable, or undefined when they are fine (checked when saved). */
export function checkHours(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'hours must be an object'
  const { timeZone, days } = value as Partial<BusinessHours>
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: String(timeZone) })
  } catch {
    return `unknown time zone "${String(timeZone)}"; use an IANA name such as Asia/Ho_Chi_Minh`
  }
  if (typeof days !== 'object' || days === null) return 'hours.days must be an object'
  for (const [day, intervals] of Object.entries(days)) {
    if (!WEEKDAYS.includes(day as Weekday)) return `unknown weekday "${day}" (mon…sun)`
    if (!Array.isArray(intervals)) return `hours.days.${day} must be a list of [from, to]`
    for (const interval of intervals) {
      const [from, to] = Array.isArray(interval) ? interval : []
      if (!(minutes(String(from)) < minutes(String(to)))) {
        return `hours.days.${day}: each interval is ["HH:MM", "HH:MM"], from before to`
      }
    }
  }
  return undefined
}

const STEP_MS = 15 * 60 * 1000

/**
 * When `hours` next open after `now` (ms, on a 15-minute boundary), within 8 days; undefined
 * when they never do. Steps through time so daylight saving changes need no special case.
 */
export function nextOpening(hours: BusinessHours, now: number): number | undefined {
  let t = Math.ceil(now / STEP_MS) * STEP_MS
  for (const end = now + 8 * 24 * 3600 * 1000; t <= end; t += STEP_MS) {
    if (isOpen(hours, t)) return t
  }
  return undefined
}
