import { whenBody } from './when-body.ts'

export interface Placement {
  /** Runs `done` once the host is in the page (at once if it already is). */
  whenPlaced(done: () => void): void
  /** Stops waiting for <body>; the host itself is removed by its owner. */
  cancel(): void
}

/**
 * Puts the host into `parent`, else the element matching the `container` setting, else
 * <body> once it exists. A container that matches nothing is reported, and the chat
 * floats in a corner instead.
 */
export function placeHost(
  doc: Document,
  host: HTMLElement,
  container: string | undefined,
  parent: HTMLElement | undefined,
  report: (message: string) => void,
): Placement {
  const waiting: (() => void)[] = []
  let placed = false
  const place = (into: HTMLElement) => {
    into.append(host)
    placed = true
    for (const done of waiting.splice(0)) done()
  }
  const target = parent ?? (container ? doc.querySelector<HTMLElement>(container) : null)
  if (container && !target) {
    report(
      `[Chao] No element matches the container "${container}"; showing the chat in a corner instead.`,
    )
    host.style.position = 'fixed'
  }
  let cancel = () => {}
  if (target) place(target)
  else cancel = whenBody(doc, place)
  return {
    whenPlaced: (done) => (placed ? done() : void waiting.push(done)),
    cancel,
  }
}
