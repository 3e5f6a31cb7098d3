/**
 * Adds `css` to a shadow root and returns a function that removes it. A constructed
 * stylesheet is preferred because a strict Content-Security-Policy (`style-src` without
 * 'unsafe-inline') blocks <style> elements but not adopted sheets; browsers without
 * constructable stylesheets (and jsdom) get a <style> element.
 */
export function addStyles(root: ShadowRoot, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  } catch {
    const style = root.ownerDocument.createElement('style')
    style.textContent = css
    root.append(style)
    return () => style.remove()
  }
}
