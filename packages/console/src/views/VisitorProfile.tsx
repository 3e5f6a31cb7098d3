import type { Detail } from '../api.ts'
import { VisitedPages } from './VisitedPages.tsx'

/** Who the visitor is: contact, verified identity, attributes, page, earlier chats. */
export function VisitorProfile({ detail }: { detail: Detail }) {
  const { visitor, visitorProfile: profile } = detail
  return (
    <aside class="profile" aria-label="Visitor">
      <h3>{visitor.name ?? 'Anonymous visitor'}</h3>
      <dl>
        {visitor.email !== null && (
          <>
            <dt>Email</dt>
            <dd>{visitor.email}</dd>
          </>
        )}
        {profile.userId !== null && (
          <>
            <dt>User id</dt>
            <dd>
              {profile.userId} {profile.verified ? '(verified)' : '(not verified)'}
            </dd>
          </>
        )}
        {detail.pageUrl !== null && (
          <>
            <dt>Page</dt>
            <dd>
              <a href={detail.pageUrl} target="_blank" rel="noreferrer noopener">
                {detail.pageUrl}
              </a>
            </dd>
          </>
        )}
        {detail.department !== null && (
          <>
            <dt>Department</dt>
            <dd>{detail.department}</dd>
          </>
        )}
        {detail.rating !== null && (
          <>
            <dt>Rating</dt>
            <dd class="rating">
              {detail.rating.score !== null && `${detail.rating.score}/5`}
              {detail.rating.nps !== null && ` · NPS ${detail.rating.nps}/10`}
              {detail.rating.ces !== null && ` · effort ${detail.rating.ces}/7`}
              {detail.rating.comment !== null && <q>{detail.rating.comment}</q>}
            </dd>
          </>
        )}
        {Object.entries(profile.attributes).map(([key, value]) => (
          <>
            <dt key={key}>{key}</dt>
            <dd>{String(value)}</dd>
          </>
        ))}
      </dl>
      <VisitedPages visitorId={visitor.id} />
      {profile.previous.length > 0 && (
        <>
          <h4>Previous conversations</h4>
          <ul>
            {profile.previous.map((p) => (
              <li key={p.id}>
                {new Date(p.createdAt).toLocaleDateString()} · {p.state}
                {p.rating !== null && ` · rated ${p.rating}/5`}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  )
}
