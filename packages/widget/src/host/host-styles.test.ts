import { describe, expect, it } from 'vitest'
import { HOST_CSS } from './host-styles.ts'

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  )
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

function variable(name: string, css = HOST_CSS): string {
  const value = new RegExp(`--chao-${name}:(#[0-9a-f]{6})`).exec(css)?.[1]
  if (!value) throw new Error(`--chao-${name} is not a #rrggbb colour`)
  return value
}

describe('default theme', () => {
  it('meets WCAG AA (4.5:1) for text on the primary colour and on the surface', () => {
    expect(contrast(variable('primary'), variable('on-primary'))).toBeGreaterThan(4.5)
    expect(contrast(variable('text'), variable('surface'))).toBeGreaterThan(4.5)
    expect(contrast(variable('muted'), variable('surface'))).toBeGreaterThan(4.5)
  })

  it('meets WCAG AA in the dark theme too', () => {
    const dark = /:host\(\[data-theme=dark\]\)\{([^}]*)\}/.exec(HOST_CSS)?.[1] ?? ''
    const surface = variable('surface', dark)
    for (const name of ['text', 'muted', 'accent', 'danger']) {
      expect(contrast(variable(name, dark), surface)).toBeGreaterThan(4.5)
    }
    expect(contrast(variable('text', dark), variable('bubble-bot', dark))).toBeGreaterThan(4.5)
  })
})
