import { atom } from 'nanostores'
import { describe, expect, it, vi } from 'vitest'
import { reportPageViews } from './page-views.ts'

function fakeConnector() {
  const listeners = new Map<string, (frame: unknown) => void>()
  const sent: unknown[] = []
  return {
    sent,
    emit: (event: string, frame: unknown) => listeners.get(event)?.(frame),
    on: (event: string, listener: (frame: unknown) => void) => {
      listeners.set(event, listener)
      return () => listeners.delete(event)
    },
    sendFrame: (frame: unknown) => sent.push(frame) > 0,
  }
}

describe('reportPageViews', () => {
  it('sends the page on welcome and on each route change, and hands over proactive frames', () => {
    const $page = atom<{ url: string; title: string } | null>({
      url: 'https://shop.example/pricing',
      title: 'Pricing',
    })
    const connector = fakeConnector()
    const onProactive = vi.fn()
    const stop = reportPageViews({ $page }, connector as never, onProactive)
    connector.emit('welcome', {})
    $page.set({ url: 'https://shop.example/checkout', title: 'Checkout' })
    connector.emit('frame', { type: 'typing' })
    connector.emit('frame', { type: 'proactive', id: 'p1', text: 'Hi' })
    expect(connector.sent).toEqual([
      { type: 'page:view', url: 'https://shop.example/pricing', title: 'Pricing' },
      { type: 'page:view', url: 'https://shop.example/checkout', title: 'Checkout' },
    ])
    expect(onProactive).toHaveBeenCalledWith({ type: 'proactive', id: 'p1', text: 'Hi' })
    stop()
    $page.set({ url: 'https://shop.example/', title: 'Home' })
    expect(connector.sent).toHaveLength(2)
  })
})
