import { elapsed } from '../sla.ts'
import { $dashboard } from '../stores/inbox.ts'
import { useStore } from '../use-store.ts'

/** Live numbers: visitors waiting, longest wait, agents online and their load, chats today. */
export function DashboardView() {
  const board = useStore($dashboard)
  if (board === undefined) return <section class="dashboard">Loading…</section>
  return (
    <section class="dashboard" aria-label="Dashboard">
      <h2>Dashboard</h2>
      <dl class="figures">
        <dt>Visitors waiting</dt>
        <dd>{board.waiting}</dd>
        <dt>Longest wait</dt>
        <dd>{elapsed(0, board.longestWaitMs)}</dd>
        <dt>Chats today</dt>
        <dd>{board.chatsToday}</dd>
      </dl>
      <table>
        <caption>Agents</caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col">Status</th>
            <th scope="col">Chats</th>
          </tr>
        </thead>
        <tbody>
          {board.agents.map((a) => (
            <tr key={a.id}>
              <td>{a.name}</td>
              <td>{a.status}</td>
              <td>
                {a.load} / {a.maxChats}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
