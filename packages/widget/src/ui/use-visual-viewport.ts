import type { RefObject } from 'preact'
import { useEffect } from 'preact/hooks'

/**
 * On phones the window fills the screen; when the on-screen keyboard opens, the visual
 * viewport shrinks while the layout viewport does not, and the composer would hide behind
 * the keyboard. This keeps the window's height and top on the visual viewport.
 */
export function useVisualViewport(ref: RefObject<HTMLElement | null>, open: boolean): void {
  useEffect(() => {
    const element = ref.current
    const viewport = element?.ownerDocument.defaultView?.visualViewport
    if (!element || !viewport || !open) return
    const update = () => {
      element.style.setProperty('--chao-vh', `${viewport.height}px`)
      element.style.setProperty('--chao-vtop', `${viewport.offsetTop}px`)
    }
    update()
    viewport.addEventListener('resize', update)
    viewport.addEventListener('scroll', update)
    return () => {
      viewport.removeEventListener('resize', update)
      viewport.removeEventListener('scroll', update)
    }
  }, [open])
}
