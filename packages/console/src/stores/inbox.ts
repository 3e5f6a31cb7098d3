import { atom } from 'nanostores'
import { api, type Dashboard, type InboxView, type Summary, type Ticket } from '../api.ts'
import { knowSites } from './sites.ts'

export type Tab =
  | InboxView
  | 'tickets'
  | 'dashboard'
  | 'proactive'
  | 'survey'
  | 'lead-capture'
  | 'reports'
  | 'canned'
  | 'live'

const OTHER_TABS: readonly Tab[] = [
  'tickets',
  'dashboard',
  'proactive',
  'survey',
  'lead-capture',
  'canned',
  'reports',
  'live',
]
const isInboxView = (tab: Tab): tab is InboxView => !OTHER_TABS.includes(tab)

export const $tab = atom<Tab>('queued')
export const $inbox = atom<{ conversations: Summary[]; counts: Record<InboxView, number> }>({
  conversations: [],
  counts: { queued: 0, mine: 0, open: 0, closed: 0 },
})
export const $tickets = atom<Ticket[]>([])
export const $dashboard = atom<Dashboard | undefined>(undefined)

let pending: Promise<void> | undefined
let again = false

/** Reloads the current tab; calls during a reload coalesce into one more. */
export function refreshInbox(): Promise<void> {
  if (pending !== undefined) {
    again = true
    return pending
  }
  pending = (async () => {
    do {
      again = false
      const tab = $tab.get()
      const [list, tickets, dashboard] = await Promise.all([
        api.conversations(isInboxView(tab) ? tab : 'open'),
        tab === 'tickets' ? api.tickets() : undefined,
        tab === 'dashboard' ? api.dashboard() : undefined,
      ])
      knowSites(list.conversations.map((c) => c.siteId))
      if (tickets !== undefined) $tickets.set(tickets.tickets)
      if (dashboard !== undefined) $dashboard.set(dashboard)
      // Other tabs keep the list they show; the counts are always fresh.
      $inbox.set(isInboxView(tab) ? list : { ...list, conversations: $inbox.get().conversations })
    } while (again)
  })().finally(() => {
    pending = undefined
  })
  return pending
}

export function showTab(tab: Tab): void {
  $tab.set(tab)
  void refreshInbox()
}
