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

/** The script's `data-*` attributes, keyed like the settings (`data-z-index` → `zIndex`). */
export function readDataAttributes(script: Element): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const { name, value } of Array.from(script.attributes)) {
    if (name.startsWith('data-')) {
      raw[name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value
    }
  }
  return raw
}
