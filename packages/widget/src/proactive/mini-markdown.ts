import { safeHttpUrl } from '../chat/safe-url.ts'

// The bubble loads before intent, where marked + DOMPurify (~20 KB) cannot go. This renders
// the inline subset a proactive message needs (bold, italic, links, line breaks, and the
// backslash escapes placeholders add) by creating DOM nodes with textContent: no HTML string
// is ever parsed, so nothing in a rule or a visitor attribute can become markup. Links keep
// http(s) URLs only, as in the chat. Anything else shows as the text it is.
const TOKEN = /\\(.)|\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)|\n/g

/** Appends the markdown `text` to `parent` as safe DOM nodes. */
export function renderInline(doc: Document, parent: Node, text: string): void {
  let last = 0
  const add = (node: Node) => parent.appendChild(node)
  for (const m of text.matchAll(TOKEN)) {
    add(doc.createTextNode(text.slice(last, m.index)))
    last = m.index + m[0].length
    const [, escaped, strong, em, label, href = ''] = m
    if (escaped !== undefined) add(doc.createTextNode(escaped))
    else if (label === undefined) {
      const el = add(doc.createElement(strong ? 'strong' : em ? 'em' : 'br'))
      if (strong || em) renderInline(doc, el, strong ?? em ?? '')
    } else {
      const url = safeHttpUrl(href)
      const el = add(doc.createElement(url ? 'a' : 'span')) as HTMLElement
      if (url) Object.assign(el, { href: url, target: '_blank', rel: 'noopener noreferrer' })
      renderInline(doc, el, label)
    }
  }
  add(doc.createTextNode(text.slice(last)))
}
