import type { BotEvent, ChatEngine, Consent } from '@chao/core'
import { createEventSender, type EventSender } from './sender.ts'

// A lazy chunk, loaded with the site config on sites with a server only: bot-only sites
// never download it and send nothing.

export interface BotEventsOptions {
  server: string
  /** The page's `site` setting, else the site id the server's config answered. */
  site: string
  consent: Pick<Consent, '$granted'>
  /** Where `pagehide` is heard (the page's window). */
  target: Window
  fetch?: typeof fetch | undefined
  /** Events the chat emitted before this chunk loaded, oldest first. */
  early: readonly BotEvent[]
}

/**
 * Sends the bot's analytics events (questions, thumbs, handoffs) to the server's reports,
 * once the visitor interacted or the site consented. Returns the stop (used on destroy).
 */
export function sendBotEvents(
  engine: Pick<ChatEngine, 'on' | '$session'>,
  { server, site, consent, target, fetch, early }: BotEventsOptions,
): () => void {
  const sender: EventSender = createEventSender({
    server,
    site,
    sessionId: () => engine.$session.get(),
    allowed: () => consent.$granted.get(),
    target,
    ...(fetch ? { fetch } : {}),
  })
  for (const event of early) sender.record(event)
  const stops = [
    engine.on('analytics', (event) => sender.record(event)),
    // What was recorded before consent goes out once it is given.
    consent.$granted.listen((granted) => {
      if (granted) void sender.flush()
    }),
  ]
  return () => {
    for (const stop of stops) stop()
    sender.shutdown()
  }
}
