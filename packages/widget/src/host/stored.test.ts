// @vitest-environment jsdom
import { PERSISTED_KEYS } from '@chao/core'
import { afterEach, describe, expect, it } from 'vitest'
import { storedConversation } from './stored.ts'

afterEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('storedConversation', () => {
  it('reads and forgets the keys core persists', () => {
    expect(storedConversation(window, 'chao')).toBe(false)
    localStorage.setItem(PERSISTED_KEYS.conversation('chao'), '{}')
    expect(storedConversation(window, 'chao')).toBe(true)
    expect(storedConversation(window, 'other')).toBe(false)
    localStorage.clear()
    sessionStorage.setItem(PERSISTED_KEYS.open('chao'), '1')
    expect(storedConversation(window, 'chao')).toBe(true)
    storedConversation(window, 'chao', true)
    expect(sessionStorage.length).toBe(0)
  })
})
