import { $tickets } from '../stores/inbox.ts'
import { useStore } from '../use-store.ts'
import { AttachmentList } from './AttachmentList.tsx'

/** Offline messages left while no agent could chat. */
export function Tickets() {
  const tickets = useStore($tickets)
  return (
    <section class="tickets" aria-label="Tickets">
      <h2>Offline tickets</h2>
      {tickets.length === 0 && <p>No tickets.</p>}
      <ul>
        {tickets.map((t) => (
          <li key={t.id}>
            <article aria-label={`Ticket from ${t.name}`}>
              <strong>{t.name}</strong> &lt;{t.email}&gt; · {new Date(t.createdAt).toLocaleString()}
              {t.department !== null && ` · ${t.department}`}
              <p>{t.message}</p>
              <AttachmentList files={t.attachments} />
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
