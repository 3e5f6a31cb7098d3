import type { LiveVisitor } from '@chao/protocol'
import { atom } from 'nanostores'
import { $visitorsChanged, sendFrame } from './live.ts'

export type { LiveVisitor }

export const $liveVisitors = atom<LiveVisitor[]>([])
export const $liveError = atom<string | null>(null)

/** The last answer and when it came, so times on the site move on between reloads. */
let fetched: { visitors: LiveVisitor[]; at: number } = { visitors: [], at: 0 }

function showTimes(now = Date.now()): void {
  const elapsed = Math.max(0, Math.round((now - fetched.at) / 1000))
  $liveVisitors.set(
    fetched.visitors.map((v) => ({ ...v, timeOnSiteSeconds: v.timeOnSiteSeconds + elapsed })),
  )
}

/** Reloads the list of visitors on the server's sites now. */
export async function refreshLiveVisitors(): Promise<void> {
  try {
    const response = await fetch('/api/v1/visitors/live', {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    })
    const body = (await response.json()) as { visitors?: LiveVisitor[]; message?: string }
    if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`)
    fetched = { visitors: body.visitors ?? [], at: Date.now() }
    showTimes(fetched.at)
    $liveError.set(null)
  } catch (error) {
    $liveError.set(`Cannot load the live visitors: ${String(error)}`)
  }
}

/**
 * Keeps the list fresh while the view is shown; returns the stop. The server pushes
 * `visitors:changed` on the agent's socket when a visitor arrives, changes page or leaves:
 * each push reloads the list (one request at a time; pushes during it make one more). No
 * polling: between pushes only the times on the site advance, every `tickMs`, locally.
 */
export function watchLiveVisitors(tickMs = 30_000): () => void {
  let loading = false
  let again = false
  let stopped = false
  const reload = (): void => {
    if (loading) {
      again = true
      return
    }
    loading = true
    void refreshLiveVisitors().finally(() => {
      loading = false
      if (again && !stopped) {
        again = false
        reload()
      }
    })
  }
  reload()
  const off = $visitorsChanged.listen(reload)
  const timer = setInterval(() => showTimes(), tickMs)
  return () => {
    stopped = true
    off()
    clearInterval(timer)
  }
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
