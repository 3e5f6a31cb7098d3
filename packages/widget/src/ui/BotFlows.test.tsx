// @vitest-environment jsdom
import { createChatEngine, createFaqMatcher, parseFaqKb } from '@chao/core'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChatWindow } from './ChatWindow.tsx'

const KB = parseFaqKb({
  entries: [
    { id: 'shipping', questions: ['How long does shipping take?'], answer: '2–3 days.' },
    { id: 'returns', questions: ['Can I return an item?'], answer: 'Yes, within 30 days.' },
  ],
})

function setup(locale: 'en' | 'vi', menu?: { label: string; department?: string }[]) {
  const engine = createChatEngine({
    locale,
    matcher: createFaqMatcher(KB),
    ...(menu ? { menu } : {}),
  })
  engine.openWidget()
  render(<ChatWindow engine={engine} $siteName={atom<string | null>(null)} />)
  return engine
}

function ask(question: string, box = 'Message', send = 'Send') {
  fireEvent.input(screen.getByRole('textbox', { name: box }), { target: { value: question } })
  fireEvent.click(screen.getByRole('button', { name: send }))
}

afterEach(cleanup)

describe('bot flows in the window', () => {
  it('thumbs under a FAQ answer record the choice and show it as chosen', async () => {
    const engine = setup('en')
    const feedback = vi.fn()
    engine.on('feedback', feedback)
    ask('How long does shipping take?')
    const group = screen.getByRole('group', { name: 'Was this helpful?' })
    const up = screen.getByRole('button', { name: 'Helpful' })
    const down = screen.getByRole('button', { name: 'Not helpful' })
    expect(group.contains(up)).toBe(true)
    expect(up.getAttribute('aria-pressed')).toBe('false')
    await act(() => {
      fireEvent.click(down)
    })
    expect(down.getAttribute('aria-pressed')).toBe('true')
    expect(up.getAttribute('aria-pressed')).toBe('false')
    expect(feedback).toHaveBeenCalledWith(
      expect.objectContaining({ faqId: 'shipping', helpful: false }),
    )
  })

  it('Vietnamese names, and no thumbs under an unsure answer', async () => {
    setup('vi')
    ask('How long does shipping take?', 'Tin nhắn', 'Gửi')
    expect(screen.getByRole('button', { name: 'Hữu ích' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Không hữu ích' })).toBeTruthy()
    ask('thoi tiet o Paris the nao', 'Tin nhắn', 'Gửi')
    expect(screen.getAllByRole('button', { name: 'Hữu ích' })).toHaveLength(1)
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Gặp nhân viên' }))
    })
    expect(screen.getByRole('log').querySelector('[data-author="system"]')?.textContent).toBe(
      'Đang kết nối bạn với nhân viên tư vấn, bạn vui lòng chờ trong giây lát…',
    )
  })

  it('the start menu shows with the greeting and routes a handoff', async () => {
    const engine = setup('en', [{ label: 'Sales', department: 'sales' }, { label: 'Support' }])
    const handoff = vi.fn()
    engine.on('handoff', handoff)
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Sales' }))
    })
    expect(handoff).toHaveBeenCalledWith({ department: 'sales' })
    expect(engine.$mode.get()).toBe('human')
  })
})
