import { memoryStorage } from '@chao/core'
import { describe, expect, it, vi } from 'vitest'
import { shareVisitor } from './share-visitor.ts'

const CHAT = 'chao-live:w1:session'
const PRESENCE = 'chao-presence:w1:session'
const read = (s: ReturnType<typeof memoryStorage>, key: string) =>
  JSON.parse(s.getItem(key) ?? 'null') as Record<string, unknown> | null

describe('shareVisitor', () => {
  it('gives a new chat the token of the presence connection that came first', () => {
    const storage = memoryStorage()
    storage.setItem(PRESENCE, JSON.stringify({ token: 'p', visitorId: 'v-p' }))
    shareVisitor(storage, 'w1')
    expect(read(storage, CHAT)).toEqual({ token: 'p', visitorId: 'v-p' })
  })

  it("keeps the chat's token (its conversations) and gives it to presence", () => {
    const storage = memoryStorage()
    storage.setItem(CHAT, JSON.stringify({ token: 'c', visitorId: 'v-c', conversationId: 'k' }))
    storage.setItem(PRESENCE, JSON.stringify({ token: 'p', visitorId: 'v-p' }))
    shareVisitor(storage, 'w1')
    expect(read(storage, PRESENCE)).toEqual({ token: 'c', visitorId: 'v-c' })
    expect(read(storage, CHAT)).toMatchObject({ token: 'c', conversationId: 'k' })
  })

  it('keeps what the chat stored besides the token', () => {
    const storage = memoryStorage()
    storage.setItem(CHAT, JSON.stringify({ seen: { k: { mark: 3 } } }))
    storage.setItem(PRESENCE, JSON.stringify({ token: 'p', visitorId: 'v-p' }))
    shareVisitor(storage, 'w1')
    expect(read(storage, CHAT)).toEqual({ seen: { k: { mark: 3 } }, token: 'p', visitorId: 'v-p' })
  })

  it('changes nothing when neither has a token, and survives broken JSON or storage', () => {
    const storage = memoryStorage()
    storage.setItem(CHAT, '{oops')
    shareVisitor(storage, 'w1')
    expect(storage.getItem(PRESENCE)).toBeNull()
    const failing = {
      ...storage,
      setItem: vi.fn(() => {
        throw new Error('quota')
      }),
    }
    failing.getItem = (key: string) => (key === PRESENCE ? '{"token":"p"}' : null)
    expect(() => shareVisitor(failing, 'w1')).not.toThrow()
  })
})
