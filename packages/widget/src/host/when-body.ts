/**
 * Runs `callback` once `document.body` exists: at once, or on DOMContentLoaded when the
 * script runs from <head> without `defer`. Returns a function that cancels the wait.
 */
export function whenBody(doc: Document, callback: (body: HTMLElement) => void): () => void {
  if (doc.body) {
    callback(doc.body)
    return () => {}
  }
  const onReady = () => {
    if (doc.body) callback(doc.body)
  }
  doc.addEventListener('DOMContentLoaded', onReady, { once: true })
  return () => doc.removeEventListener('DOMContentLoaded', onReady)
}
