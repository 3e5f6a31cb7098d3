import createDOMPurify, { type Config, type DOMPurify } from 'dompurify'
import { Marked } from 'marked'

// Bot and agent messages are markdown written by site owners and agents; they are rendered
// to HTML and always sanitized before they reach the DOM. Our own Marked and DOMPurify
// instances: the global ones may belong to the host app (npm build), and a hook added to
// them would change how the host sanitizes its own content.
const TAGS = 'a p br strong em b i del s code pre blockquote ul ol li hr h1 h2 h3 h4 h5 h6'.split(
  ' ',
)
// No forms, media, styles or SVG ever; images only when the site allows them (tracking
// pixels, layout), and then only over https.
const CONFIG: Config = { ALLOWED_TAGS: TAGS, ALLOWED_ATTR: ['href', 'title', 'start'] }
const WITH_IMAGES: Config = {
  ALLOWED_TAGS: [...TAGS, 'img'],
  ALLOWED_ATTR: ['href', 'title', 'start', 'src', 'alt'],
}

let marked: Marked | undefined
let purify: DOMPurify | undefined

function purifier(): DOMPurify {
  if (purify) return purify
  purify = createDOMPurify(window)
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links open outside the chat and cannot reach back into the page (reverse tabnabbing).
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    }
    if (node.nodeName === 'IMG') {
      if (!/^https:\/\//i.test(node.getAttribute('src') ?? '')) node.remove()
      else node.setAttribute('loading', 'lazy')
    }
  })
  return purify
}

/**
 * Markdown to sanitized HTML. Scripts, event handlers, `javascript:`/`data:` URLs and
 * (unless `images`) images are removed; links get `target="_blank" rel="noopener noreferrer"`.
 * Instances are created on first use, so importing this module touches no `window`.
 */
export function renderMarkdown(text: string, images = false): string {
  marked ??= new Marked({ gfm: true, breaks: true })
  const html = marked.parse(text, { async: false })
  return purifier()
    .sanitize(html, images ? WITH_IMAGES : CONFIG)
    .trim()
}
