import type { LinkCard } from '@chao/protocol'
import { safeHttpUrl } from '../chat/safe-url.ts'

export function LinkCards({ links }: { links: LinkCard[] }) {
  const safe = links.flatMap((link) => {
    const url = safeHttpUrl(link.url)
    return url ? [{ title: link.title, url }] : []
  })
  if (safe.length === 0) return null
  return (
    <ul class="chao-links">
      {safe.map((link) => (
        <li key={link.url}>
          <a class="chao-link" href={link.url} target="_blank" rel="noopener noreferrer">
            {link.title}
          </a>
        </li>
      ))}
    </ul>
  )
}
