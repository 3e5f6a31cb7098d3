/**
 * The loader's own <script>. `document.currentScript` is only set while a classic script
 * runs its top level, so callers read it first thing; the fallback covers odd embeds.
 */
export function findScript(doc: Document, current: Element | null): HTMLScriptElement | null {
  if (current?.tagName === 'SCRIPT' && (current as HTMLScriptElement).src) {
    return current as HTMLScriptElement
  }
  const scripts = doc.querySelectorAll<HTMLScriptElement>('script[src*="chao.js"]')
  return scripts[scripts.length - 1] ?? null
}

/** The script's `data-*` attributes, keyed without the prefix (`data-faq` → `faq`). */
export function readDataAttributes(script: Element): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const { name, value } of Array.from(script.attributes)) {
    if (name.startsWith('data-')) raw[name.slice(5)] = value
  }
  return raw
}
