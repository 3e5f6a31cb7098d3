// @vitest-environment jsdom
import { createChatEngine } from '@chao/core'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, expect, it, vi } from 'vitest'
import { ChatWindow } from './ChatWindow.tsx'
import { $offline } from './offline-form.ts'

// handoff:unavailable (the live chat sets $offline): the window shows the offline form, a
// lazy chunk, instead of the conversation; it validates, sends, then confirms.

afterEach(() => {
  cleanup()
  $offline.set(null)
})

it('switches to the offline form, checks the fields, sends the ticket and confirms', async () => {
  const engine = createChatEngine({ locale: 'vi', hourOf: () => 9 })
  engine.openWidget()
  render(<ChatWindow engine={engine} $siteName={atom(null)} />)
  expect(screen.getByRole('textbox', { name: 'Tin nhắn' })).toBeTruthy()

  const create = vi.fn(async () => 'tk1')
  act(() => $offline.set({ engine, create }))
  const name = await screen.findByRole('textbox', { name: 'Họ tên' })
  const email = screen.getByRole('textbox', { name: 'Email' })
  const message = screen.getByRole('textbox', { name: 'Nội dung' })
  expect(screen.queryByRole('textbox', { name: 'Tin nhắn' })).toBeNull()

  fireEvent.input(name, { target: { value: '  Trần   Minh ' } })
  fireEvent.input(email, { target: { value: 'minh@' } })
  fireEvent.click(screen.getByRole('button', { name: 'Gửi tin nhắn' }))
  expect(email.getAttribute('aria-invalid')).toBe('true')
  expect(screen.getByText('Vui lòng nhập email hợp lệ, ví dụ lan@example.com.')).toBeTruthy()
  expect(screen.getByText('Vui lòng nhập nội dung tin nhắn.')).toBeTruthy()
  expect(create).not.toHaveBeenCalled()

  fireEvent.input(email, { target: { value: 'Minh@Example.com' } })
  fireEvent.input(message, { target: { value: ' Đơn hàng của tôi? ' } })
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Gửi tin nhắn' }))
  })
  expect(create).toHaveBeenCalledWith(
    { name: 'Trần Minh', email: 'minh@example.com', message: 'Đơn hàng của tôi?' },
    [],
  )
  expect((await screen.findByRole('status')).textContent).toBe(
    'Cảm ơn bạn, chúng tôi sẽ trả lời qua email.',
  )
  expect(screen.queryByRole('textbox', { name: 'Họ tên' })).toBeNull()
})

it('tells the visitor when the ticket could not be sent, and keeps what they typed', async () => {
  const engine = createChatEngine({ locale: 'en', hourOf: () => 9 })
  engine.openWidget()
  render(<ChatWindow engine={engine} $siteName={atom(null)} />)
  act(() => $offline.set({ engine, create: async () => Promise.reject(new Error('down')) }))
  fireEvent.input(await screen.findByRole('textbox', { name: 'Name' }), {
    target: { value: 'Lan' },
  })
  fireEvent.input(screen.getByRole('textbox', { name: 'Email' }), {
    target: { value: 'lan@example.com' },
  })
  const message = screen.getByRole('textbox', { name: 'Your message' }) as HTMLTextAreaElement
  fireEvent.input(message, { target: { value: 'Hello' } })
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }))
  })
  expect((await screen.findByRole('alert')).textContent).toBe('Not sent.')
  expect(message.value).toBe('Hello')
})
