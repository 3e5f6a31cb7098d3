import type { Position } from '../settings/settings.ts'
import { addStyles } from './add-styles.ts'
import { HOST_CSS } from './host-styles.ts'

/** Tag of the element that holds the widget's shadow root. */
export const HOST_TAG = 'chao-widget'

const SVG_NS = 'http://www.w3.org/2000/svg'
// A speech bubble (Material Symbols "chat_bubble", Apache-2.0).
const CHAT_ICON = 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2z'

export interface HostParts {
  host: HTMLElement
  shadowRoot: ShadowRoot
  launcher: HTMLButtonElement
}

/**
 * Creates the detached host element with an open shadow root holding the launcher.
 *
 * The positioning lives in the host's inline style: it beats any page rule that is not
 * !important (`* { all: unset }`, `div { position: static }`), and `all: initial` stops
 * inherited page styles (font, colour, line-height) from flowing into the shadow tree.
 * Custom properties are not reset by `all`, so the page can still theme with --chao-*.
 * The style is set through CSSOM, which a strict CSP allows, unlike a style attribute.
 */
export function createHost(doc: Document, position: Position, label: string): HostParts {
  const host = doc.createElement(HOST_TAG)
  host.style.cssText = `all:initial;display:block;position:fixed;z-index:2147483000;bottom:20px;${position}:20px`
  host.dataset.position = position
  const shadowRoot = host.attachShadow({ mode: 'open' })
  addStyles(shadowRoot, HOST_CSS)

  const launcher = doc.createElement('button')
  launcher.type = 'button'
  launcher.className = 'chao-launcher'
  launcher.setAttribute('aria-label', label)
  launcher.setAttribute('aria-expanded', 'false')
  const svg = doc.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('viewBox', '0 0 24 24')
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  const path = doc.createElementNS(SVG_NS, 'path')
  path.setAttribute('d', CHAT_ICON)
  svg.append(path)
  launcher.append(svg)
  shadowRoot.append(launcher)
  return { host, shadowRoot, launcher }
}
