import { useEffect, useState } from 'preact/hooks'

interface VisitedPage {
  url: string
  title: string
  viewedAt: number
}

/** The pages a visitor viewed while connected (`visitor_pages`), newest first. */
export function VisitedPages({ visitorId }: { visitorId: string }) {
  const [pages, setPages] = useState<VisitedPage[]>([])
  useEffect(() => {
    let current = true
    fetch(`/api/v1/visitors/${encodeURIComponent(visitorId)}/pages`, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    })
      .then((response) => (response.ok ? response.json() : { pages: [] }))
      .then((body: { pages?: VisitedPage[] }) => current && setPages(body.pages ?? []))
      .catch(() => current && setPages([]))
    return () => {
      current = false
    }
  }, [visitorId])
  if (pages.length === 0) return null
  return (
    <>
      <h4>Pages visited</h4>
      <ol aria-label="Pages visited">
        {pages.map((page) => (
          <li key={`${page.viewedAt}-${page.url}`}>
            <time dateTime={new Date(page.viewedAt).toISOString()}>
              {new Date(page.viewedAt).toLocaleTimeString()}
            </time>{' '}
            <a href={page.url} target="_blank" rel="noreferrer noopener">
              {page.title || page.url}
            </a>
          </li>
        ))}
      </ol>
    </>
  )
}
