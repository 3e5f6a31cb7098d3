import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Detail } from '../api.ts'
import {
  $detail,
  $drafts,
  $messages,
  $selected,
  $unread,
  addMessage,
  applyVisitorUpdate,
  reloadDetail,
  setDraft,
} from './conversation.ts'

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

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('visitor updates (visitor:updated)', () => {
  const detail = {
    id: 'c1',
    visitor: { id: 'v1', name: null, email: null },
    visitorProfile: {
      userId: null,
      verified: false,
      attributes: { cart: '300.000 ₫', coupon: 'TET' },
      previous: [],
    },
  } as unknown as Detail

  it("changes the open conversation's visitor panel: name, email, attributes, null removing", () => {
    $detail.set(detail)
    applyVisitorUpdate({
      type: 'visitor:updated',
      visitorId: 'v1',
      conversationId: 'c1',
      name: 'Minh Tran',
      attributes: { cart: '1.200.000 ₫', coupon: null, items: 2 },
    })
    expect($detail.get()?.visitor).toEqual({ id: 'v1', name: 'Minh Tran', email: null })
    expect($detail.get()?.visitorProfile.attributes).toEqual({ cart: '1.200.000 ₫', items: 2 })
  })

  it('shows a visitor who signed in during the chat as that user, verified', () => {
    $detail.set(detail)
    applyVisitorUpdate({
      type: 'visitor:updated',
      visitorId: 'v1',
      conversationId: 'c1',
      userId: 'user-42',
      verified: true,
      name: 'Minh',
    })
    expect($detail.get()?.visitorProfile).toMatchObject({
      userId: 'user-42',
      verified: true,
      attributes: { cart: '300.000 ₫', coupon: 'TET' },
    })
    expect($detail.get()?.visitor.name).toBe('Minh')
  })

  it("leaves another visitor's conversation alone", () => {
    $detail.set(detail)
    applyVisitorUpdate({ type: 'visitor:updated', visitorId: 'v2', name: 'Lan' })
    expect($detail.get()).toBe(detail)
  })

  it('an update that arrives while the detail loads is not lost to the older answer', async () => {
    let answer: (detail: Detail) => void = () => {}
    vi.stubGlobal(
      'fetch',
      vi.fn(
        () =>
          new Promise<Response>((resolve) => {
            answer = (d) => resolve(new Response(JSON.stringify(d), { status: 200 }))
          }),
      ),
    )
    $selected.set('c1')
    $detail.set(detail)
    const loading = reloadDetail()
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled())
    applyVisitorUpdate({ type: 'visitor:updated', visitorId: 'v1', attributes: { cart: '9 ₫' } })
    // The server read the detail before it stored the update.
    answer({ ...detail, messages: [] } as unknown as Detail)
    await loading
    expect($detail.get()?.visitorProfile.attributes).toEqual({ cart: '9 ₫', coupon: 'TET' })
  })
})
