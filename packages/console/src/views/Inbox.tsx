import type { InboxView } from '../api.ts'
import { slaClock } from '../sla.ts'
import { $selected, $unread, openConversation } from '../stores/conversation.ts'
import { $inbox, $tab, showTab, type Tab } from '../stores/inbox.ts'
import { $siteNames, siteLabel } from '../stores/sites.ts'
import { useNow, useStore } from '../use-store.ts'

const TABS: [Tab, string][] = [
  ['queued', 'Queued'],
  ['mine', 'Mine'],
  ['open', 'All open'],
  ['closed', 'Closed'],
  ['tickets', 'Tickets'],
  ['dashboard', 'Dashboard'],
  ['canned', 'Canned responses'],
  ['reports', 'Reports'],
  ['live', 'Live visitors'],
]
/** Settings only admins may change. */
const ADMIN_TABS: [Tab, string][] = [
  ['proactive', 'Proactive'],
  ['survey', 'Survey'],
  ['lead-capture', 'Lead capture'],
]

/** The tabs with counts, and the list of the current one with waiting clocks. */
export function Inbox({ admin = false }: { admin?: boolean }) {
  const tab = useStore($tab)
  const tabs = admin ? [...TABS, ...ADMIN_TABS] : TABS
  const inbox = useStore($inbox)
  const selected = useStore($selected)
  const unread = useStore($unread)
  const siteNames = useStore($siteNames)
  const now = useNow()
  return (
    <nav class="inbox" aria-label="Inbox">
      <div role="tablist" aria-label="Conversations">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            onClick={() => showTab(id)}
          >
            {label}
            {id in inbox.counts && <span class="count"> {inbox.counts[id as InboxView]}</span>}
          </button>
        ))}
      </div>
      {tab in inbox.counts && (
        <ul
          class="conversations"
          aria-label={`${TABS.find(([id]) => id === tab)?.[1]} conversations`}
        >
          {inbox.conversations.length === 0 && <li class="empty">Nothing here.</li>}
          {inbox.conversations.map((c) => {
            const clock = slaClock(c, now)
            const who = c.visitor.name ?? `Visitor ${c.visitor.id.slice(0, 6)}`
            const site = siteLabel(siteNames, c.siteId)
            return (
              <li key={c.id}>
                <button
                  type="button"
                  class={c.id === selected ? 'current' : ''}
                  aria-current={c.id === selected}
                  onClick={() => openConversation(c.id)}
                >
                  <strong>{who}</strong>
                  {unread[c.id] === true && <span class="unread">new</span>}
                  <span class="meta">
                    {site !== undefined && <span class="site">{site} · </span>}
                    {c.state}
                    {c.agentName !== null && ` · ${c.agentName}`}
                    {c.department !== null && ` · ${c.department}`}
                  </span>
                  {clock !== undefined && (
                    <span
                      class={clock.breached ? 'sla breached' : 'sla'}
                      title="Waiting for a first reply"
                    >
                      waiting {clock.text}
                    </span>
                  )}
                  {c.lastMessage !== null && <span class="last">{c.lastMessage}</span>}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </nav>
  )
}
