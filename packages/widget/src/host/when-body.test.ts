// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { whenBody } from './when-body.ts'

describe('whenBody', () => {
  it('runs at once when the body exists', () => {
    const callback = vi.fn()
    whenBody(document, callback)
    expect(callback).toHaveBeenCalledWith(document.body)
  })

  it('waits for DOMContentLoaded when the script runs from <head>', () => {
    const doc = document.implementation.createHTMLDocument('')
    doc.body.remove()
    const callback = vi.fn()
    whenBody(doc, callback)
    expect(callback).not.toHaveBeenCalled()
    const body = doc.createElement('body')
    doc.documentElement.append(body)
    doc.dispatchEvent(new Event('DOMContentLoaded'))
    expect(callback).toHaveBeenCalledWith(body)
  })

  it('can be cancelled', () => {
    const doc = document.implementation.createHTMLDocument('')
    doc.body.remove()
    const callback = vi.fn()
    whenBody(doc, callback)()
    doc.documentElement.append(doc.createElement('body'))
    doc.dispatchEvent(new Event('DOMContentLoaded'))
    expect(callback).not.toHaveBeenCalled()
  })
})
