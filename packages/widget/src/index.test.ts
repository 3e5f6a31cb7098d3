import { describe, expect, it } from 'vitest'

// Runs in Node, without a DOM: the npm entry must be importable during SSR.
describe('@chao/widget in Node', () => {
  it('imports and creates a chat without touching window or adding globals', async () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis))
    const { createChat } = await import('./index.ts')
    const chat = createChat({ locale: 'vi' })
    chat.close()
    chat.destroy()
    expect(typeof window).toBe('undefined')
    expect(Object.getOwnPropertyNames(globalThis).filter((key) => !before.has(key))).toEqual([])
  })
})
