import type { KeyValueStorage } from '@chao/core'

/** The page's localStorage or sessionStorage; null when the browser blocks it. */
export function webStorage(
  win: Window,
  name: 'localStorage' | 'sessionStorage',
): KeyValueStorage | null {
  try {
    return win[name]
  } catch {
    return null // blocked by the browser's privacy settings
  }
}
