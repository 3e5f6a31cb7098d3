import type { ProactiveEvent } from '@chao/core'
import { createEventSender } from '../analytics/sender.ts'

// The analytics side of proactive messages, its own chunk (chao-events.js): it loads only
// once the visitor interacted or the site consented, so never before intent.

export interface ProactiveEventsOptions {
  server: string
  site: string
  allowed: () => boolean
  /** Where `pagehide` is heard (the page's window). */
  target: Window
}

/** Returns the function that posts proactive events (`proactive:shown` …) to the reports. */
export function proactiveEvents(options: ProactiveEventsOptions) {
  // One id per page's engine: the reports count rules, not sessions, for proactive events.
  const sender = createEventSender({ ...options, sessionId: Math.random().toString(36).slice(2) })
  const send = (events: readonly ProactiveEvent[]) => {
    for (const { type, ruleId, at, url } of events)
      sender.record({ type: `proactive:${type}`, ruleId, at, pageUrl: url })
    void sender.flush()
  }
  return { send, stop: sender.shutdown }
}
