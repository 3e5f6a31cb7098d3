import { atom } from 'nanostores'
import { sendFrame } from './live.ts'

/** A visitor on the site now (`GET /api/v1/visitors/live`). */
export interface LiveVisitor {
  visitorId: string
  name: string | null
  email: string | null
  url: string
  title: string
  since: number
  timeOnSiteSeconds: number
}

export const $liveVisitors = atom<LiveVisitor[]>([])
export const $liveError = atom<string | null>(null)

/** Reloads the list of visitors on the site now. */
export async function refreshLiveVisitors(site = 'demo'): Promise<void> {
  try {
    const response = await fetch(`/api/v1/visitors/live?site=${encodeURIComponent(site)}`, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    })
    const body = (await response.json()) as { visitors?: LiveVisitor[]; message?: string }
    if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
    $liveVisitors.set(body.visitors ?? [])
    $liveError.set(null)
  } catch (error) {
    $liveError.set(`Cannot load the live visitors: ${String(error)}`)
  }
}

/** Keeps the list fresh while the view is shown; returns the stop. */
export function watchLiveVisitors(everyMs = 5000): () => void {
  void refreshLiveVisitors()
  const timer = setInterval(() => void refreshLiveVisitors(), everyMs)
  return () => clearInterval(timer)
}

/** Sends a proactive message to one visitor's open pages; false when not connected. */
export function sendProactive(visitorId: string, text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '') return false
  return sendFrame({ type: 'proactive:send', visitorId, text: trimmed })
}

/** "4 min", "1 h 5 min": how long a visitor has been on the site. */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  if (minutes < 1) return `${seconds} s`
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}
