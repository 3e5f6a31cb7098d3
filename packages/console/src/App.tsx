import { useEffect } from 'preact/hooks'
import { notifyNewChat } from './notify.ts'
import { $tab, showTab } from './stores/inbox.ts'
import { $link, $status, connectLive, setMyStatus } from './stores/live.ts'
import { reportInUrl } from './stores/reports.ts'
import { $agent, logOut, restoreSession } from './stores/session.ts'
import { isSettingsTab, loadSites, settingsFromUrl } from './stores/sites.ts'
import { useStore } from './use-store.ts'
import { CannedEditor } from './views/CannedEditor.tsx'
import { ConversationView } from './views/ConversationView.tsx'
import { DashboardView } from './views/DashboardView.tsx'
import { Inbox } from './views/Inbox.tsx'
import { LiveVisitors } from './views/LiveVisitors.tsx'
import { Login } from './views/Login.tsx'
import { ReportsView } from './views/reports/ReportsView.tsx'
import { SiteSettings } from './views/SiteSettings.tsx'
import { Tickets } from './views/Tickets.tsx'

/** The agent console: login, then inbox + conversation, live over socket.io. */
export function App() {
  const agent = useStore($agent)
  useEffect(() => {
    void restoreSession()
  }, [])
  useEffect(() => (agent ? connectLive(agent, notifyNewChat) : undefined), [agent?.id])
  if (agent === undefined) return <main class="console">Loading…</main>
  if (agent === null) return <Login />
  return <Workspace name={agent.name} admin={agent.role === 'admin'} />
}

function Workspace({ name, admin }: { name: string; admin: boolean }) {
  const tab = useStore($tab)
  const status = useStore($status)
  const link = useStore($link)
  // A shared link opens the reports with its filters, or a site's settings (admins).
  useEffect(() => {
    void loadSites()
    const settings = settingsFromUrl()
    if (reportInUrl()) showTab('reports')
    else if (settings !== undefined && admin) showTab(settings)
  }, [])
  return (
    <div class="workspace">
      <header class="top">
        <p class="brand">
          <span class="brand-mark" aria-hidden="true">
            C
          </span>
          Chao
        </p>
        <span class={`link link-${link}`}>{link === 'online' ? 'Connected' : 'Reconnecting…'}</span>
        <span class="me">{name}</span>
        <label>
          My status
          <select
            value={status}
            onChange={(e) => setMyStatus((e.currentTarget as HTMLSelectElement).value as 'online')}
          >
            <option value="online">Online</option>
            <option value="away">Away</option>
            <option value="offline">Offline</option>
          </select>
        </label>
        {typeof Notification !== 'undefined' && Notification.permission === 'default' && (
          <button type="button" onClick={() => void Notification.requestPermission()}>
            Enable notifications
          </button>
        )}
        <button type="button" onClick={() => void logOut()}>
          Log out
        </button>
      </header>
      <Inbox admin={admin} />
      {tab === 'tickets' ? (
        <Tickets />
      ) : tab === 'dashboard' ? (
        <DashboardView />
      ) : isSettingsTab(tab) ? (
        <SiteSettings tab={tab} />
      ) : tab === 'reports' ? (
        <ReportsView />
      ) : tab === 'live' ? (
        <LiveVisitors />
      ) : tab === 'canned' ? (
        <CannedEditor admin={admin} />
      ) : (
        <ConversationView />
      )}
    </div>
  )
}
