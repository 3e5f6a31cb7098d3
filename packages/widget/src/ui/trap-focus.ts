const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),textarea:not([disabled]),select,[tabindex]:not([tabindex="-1"])'

/**
 * Keeps Tab and Shift+Tab inside the open window (a dialog): from the last control Tab
 * goes to the first, and back. The window lives in a shadow root, so the active element
 * is read from it.
 */
export function trapFocus(container: HTMLElement, event: KeyboardEvent): void {
  const items = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden]'),
  )
  const first = items[0]
  const last = items[items.length - 1]
  if (!first || !last) return
  const active = (container.getRootNode() as ShadowRoot | Document).activeElement
  if (event.shiftKey ? active === first : active === last) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}
