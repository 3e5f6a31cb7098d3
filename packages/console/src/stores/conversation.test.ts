import { describe, expect, it } from 'vitest'
import { $drafts, $messages, $selected, $unread, addMessage, setDraft } from './conversation.ts'

const message = (text: string) => ({ id: text, author: 'visitor' as const, text, createdAt: 1 })

describe('conversation stores', () => {
  it('keeps each seq once, and marks other conversations unread', () => {
    $selected.set('c1')
    addMessage('c1', 1, message('hello'))
    addMessage('c1', 1, message('hello again, same seq'))
    addMessage('c2', 1, message('elsewhere'))
    expect(Object.values($messages.get().c1 ?? {}).map((m) => m.text)).toEqual(['hello'])
    expect($unread.get()).toEqual({ c2: true })
  })

  it('keeps a draft per conversation while switching', () => {
    setDraft('c1', 'half a reply')
    setDraft('c2', 'another')
    $selected.set('c2')
    expect($drafts.get()).toEqual({ c1: 'half a reply', c2: 'another' })
  })
})
