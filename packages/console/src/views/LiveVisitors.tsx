import { useEffect, useState } from 'preact/hooks'
import {
  $liveError,
  $liveVisitors,
  formatDuration,
  type LiveVisitor,
  sendProactive,
  watchLiveVisitors,
} from '../stores/live-visitors.ts'
import { $siteNames, siteLabel } from '../stores/sites.ts'
import { useStore } from '../use-store.ts'

const who = (visitor: LiveVisitor) => visitor.name ?? `Visitor ${visitor.visitorId.slice(0, 6)}`

/**
 * Live visitors: who is on the server's sites now (connected widgets), on which page and for how
 * long; an agent writes a proactive message to one of them, shown in their widget's bubble.
 */
export function LiveVisitors() {
  const visitors = useStore($liveVisitors)
  const error = useStore($liveError)
  const siteNames = useStore($siteNames)
  const [chosen, setChosen] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [status, setStatus] = useState('')
  useEffect(() => watchLiveVisitors(), [])
  const target = visitors.find((v) => v.visitorId === chosen)
  // The site is shown only when the server has visitors on more than one.
  const manySites = new Set(visitors.map((v) => v.siteId)).size > 1

  const send = (event: Event) => {
    event.preventDefault()
    if (!target) return
    const sent = sendProactive(target.visitorId, text)
    setStatus(sent ? `Sent to ${who(target)}.` : 'Not sent: the console is offline.')
    if (sent) setText('')
  }

  return (
    <section class="live-visitors" aria-labelledby="live-visitors-title">
      <h2 id="live-visitors-title">Live visitors</h2>
      {error && <p role="alert">{error}</p>}
      {visitors.length === 0 ? (
        <p>Nobody is connected right now.</p>
      ) : (
        <ul aria-label="Visitors on the site">
          {visitors.map((visitor) => (
            <li key={visitor.visitorId}>
              <button
                type="button"
                aria-pressed={visitor.visitorId === chosen}
                onClick={() => {
                  setChosen(visitor.visitorId)
                  setStatus('')
                }}
              >
                <strong>{who(visitor)}</strong> · {visitor.title || visitor.url} ·{' '}
                {formatDuration(visitor.timeOnSiteSeconds)} on the site
              </button>
              <span class="muted">
                {' '}
                {manySites ? `${siteLabel(siteNames, visitor.siteId) ?? visitor.siteId} · ` : ''}
                {visitor.url}
              </span>
            </li>
          ))}
        </ul>
      )}
      {target && (
        <form onSubmit={send} aria-label={`Proactive message to ${who(target)}`}>
          <label>
            Message to {who(target)}
            <textarea
              value={text}
              maxLength={4000}
              onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
          <button type="submit" disabled={text.trim() === ''}>
            Send
          </button>
        </form>
      )}
      <p role="status">{status}</p>
    </section>
  )
}
