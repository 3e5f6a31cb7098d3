// @vitest-environment jsdom
import { memoryStorage } from '@chao/core'
import { describe, expect, it, vi } from 'vitest'

const adapter = vi.hoisted(() => vi.fn())
vi.mock('@chao/connector/socketio', () => ({ socketioAdapter: adapter }))

const { startPresence } = await import('./presence.ts')

describe('startPresence', () => {
  it('stays off and says why when the site config did not load (no guessed site)', () => {
    const report = vi.fn()
    const stop = startPresence({
      settings: { server: 'https://chat.example', id: 'w1' },
      site: undefined,
      storage: () => memoryStorage(),
      win: window,
      watchRoutes: () => () => {},
      onProactive: () => {},
      report,
    })
    expect(adapter).not.toHaveBeenCalled()
    expect(report).toHaveBeenCalledWith(expect.stringContaining('site id is unknown'))
    stop()
  })
})
