// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { watchRoutes } from './watch-routes.ts'

describe('watchRoutes without the Navigation API', () => {
  it('hears pushState, replaceState and popstate, and unwraps history when stopped', () => {
    const push = history.pushState
    const onChange = vi.fn()
    const stop = watchRoutes(window, onChange)
    history.pushState({}, '', '/a')
    history.replaceState({}, '', '/b')
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(onChange).toHaveBeenCalledTimes(3)
    expect(location.pathname).toBe('/b')
    stop()
    expect(history.pushState).toBe(push)
    history.pushState({}, '', '/c')
    expect(onChange).toHaveBeenCalledTimes(3)
  })

  it('uses the Navigation API when there is one, and touches no history method', () => {
    const navigation = new EventTarget()
    const push = history.pushState
    const onChange = vi.fn()
    const stop = watchRoutes(Object.assign(Object.create(window), { navigation }), onChange)
    navigation.dispatchEvent(new Event('currententrychange'))
    expect(onChange).toHaveBeenCalledOnce()
    expect(history.pushState).toBe(push)
    stop()
    navigation.dispatchEvent(new Event('currententrychange'))
    expect(onChange).toHaveBeenCalledOnce()
  })
})
