import type { WidgetSettings } from '../settings/settings.ts'
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
  /** The built-in launcher; absent in inline and full-page modes and with a page launcher. */
  launcher: HTMLButtonElement | null
  badge: HTMLElement | null
}

/** Black or white, whichever reads better on a #rrggbb colour (WCAG relative luminance). */
export function textOn(color: string): string | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1]
  if (!hex) return null
  let luminance = 0
  for (const [i, weight] of [0.2126, 0.7152, 0.0722].entries()) {
    const c = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) / 255
    luminance += weight * (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  }
  // Black wins when its contrast ((L + .05) / .05) beats white's (1.05 / (L + .05)).
  return luminance > 0.179 ? '#000000' : '#ffffff'
}

/**
 * Creates the detached host element with an open shadow root holding the launcher.
 *
 * The positioning lives in the host's inline style: it beats any page rule that is not
 * !important (`div { position: static }`), and `all: initial` stops inherited page styles
 * (font, colour, line-height) from flowing into the shadow tree. A page's `!important`
 * rules on the host itself (`* { all: unset !important }`) do win over it; the shadow
 * root's own styles then still hold every part, and the e2e isolation test checks that.
 * Custom properties are not reset by `all`, so the page can still theme with --chao-*.
 * The style is set through CSSOM, which a strict CSP allows, unlike a style attribute.
 */
export function createHost(doc: Document, settings: WidgetSettings, label: string): HostParts {
  const { mode, position, offset, zIndex } = settings
  const host = doc.createElement(HOST_TAG)
  const style = host.style
  // `all` leaves `direction` alone: a page's `* { direction: rtl }` would flip the widget.
  style.cssText =
    mode === 'inline'
      ? 'all:initial;direction:ltr;display:block;position:relative;width:100%;height:100%'
      : `all:initial;direction:ltr;display:block;position:fixed;z-index:${zIndex};${
          mode === 'fullpage' ? 'inset:0' : `bottom:${offset[1]}px;${position}:${offset[0]}px`
        }`
  if (settings.primaryColor) {
    style.setProperty('--chao-primary', settings.primaryColor)
    const on = textOn(settings.primaryColor)
    if (on) style.setProperty('--chao-on-primary', on)
  }
  if (settings.font) style.setProperty('--chao-font', settings.font)
  host.dataset.position = position
  host.dataset.mode = mode
  host.dataset.theme = settings.theme
  const shadowRoot = host.attachShadow({ mode: 'open' })
  addStyles(shadowRoot, HOST_CSS)
  if (mode !== 'floating' || settings.launcher) {
    return { host, shadowRoot, launcher: null, badge: null }
  }
  const launcher = doc.createElement('button')
  launcher.type = 'button'
  launcher.className = 'chao-launcher'
  launcher.setAttribute('aria-label', label)
  launcher.setAttribute('aria-expanded', 'false')
  if (settings.launcherIcon) {
    const img = doc.createElement('img')
    img.src = settings.launcherIcon
    img.alt = ''
    launcher.append(img)
  } else {
    const svg = doc.createElementNS(SVG_NS, 'svg')
    svg.setAttribute('viewBox', '0 0 24 24')
    svg.setAttribute('aria-hidden', 'true')
    const path = doc.createElementNS(SVG_NS, 'path')
    path.setAttribute('d', CHAT_ICON)
    svg.append(path)
    launcher.append(svg)
  }
  if (settings.launcherText) {
    launcher.dataset.text = ''
    launcher.append(settings.launcherText)
  }
  const badge = doc.createElement('span')
  badge.className = 'chao-badge'
  badge.setAttribute('aria-hidden', 'true')
  badge.hidden = true
  launcher.append(badge)
  shadowRoot.append(launcher)
  return { host, shadowRoot, launcher, badge }
}
