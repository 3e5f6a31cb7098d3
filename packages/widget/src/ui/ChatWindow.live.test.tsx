// @vitest-environment jsdom
import { type ChatEngineOptions, createChatEngine } from '@chao/core'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WidgetSettings } from '../settings/settings.ts'
import { ChatWindow } from './ChatWindow.tsx'

// The parts of the window the live chat (connector) drives through core actions: agent
// messages, system lines, delivery states, typing, team status, connection banner.

function setup(options: Partial<ChatEngineOptions> = {}, settings: Partial<WidgetSettings> = {}) {
  const engine = createChatEngine({ locale: 'en', hourOf: () => 9, ...options })
  engine.openWidget()
  render(<ChatWindow engine={engine} $siteName={atom(null)} settings={settings} />)
  return engine
}

afterEach(cleanup)

describe('ChatWindow with a live conversation', () => {
  it('shows agents with name and avatar, and system lines without a bubble', () => {
    const engine = setup()
    act(() => {
      engine.receiveMessage({
        id: 's1',
        author: 'system',
        text: 'Lan joined the chat',
        createdAt: 1,
      })
      engine.receiveMessage({
        id: 'a1',
        author: 'agent',
        text: 'Hi, I am **Lan**',
        createdAt: Date.UTC(2025, 0, 1, 9, 5),
        sender: { name: 'Lan', avatar: 'https://cdn.example/lan.png' },
      })
    })
    const log = screen.getByRole('log')
    expect(within(log).getByText('Lan joined the chat').dataset.author).toBe('system')
    const bubble = log.querySelector('[data-author="agent"]') as HTMLElement
    expect(bubble.querySelector('strong')?.textContent).toBe('Lan')
    const item = bubble.parentElement as HTMLElement
    expect(item.querySelector('.chao-author')?.textContent).toBe('Lan')
    expect(item.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example/lan.png')
    expect(item.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-01T09:05:00.000Z')
  })

  it('shows sending, then failed with a retry button that delivers again', async () => {
    let fail = true
    const deliver = vi.fn(async () => {
      if (fail) throw new Error('offline')
    })
    const engine = setup({ deliver, report: () => {} })
    act(() => engine.sendMessage('Are you there?'))
    expect(screen.getByText(/Sending…/)).toBeTruthy()
    const retry = await screen.findByRole('button', { name: 'Retry' })
    expect(screen.getByText(/Not sent\./)).toBeTruthy()
    fail = false
    await act(async () => {
      fireEvent.click(retry)
    })
    expect(await screen.findByText(/Sent/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull()
    expect(deliver).toHaveBeenCalledTimes(2)
  })

  it('announces who is typing, the team status, and the connection state', () => {
    const connection = atom<'online' | 'offline' | 'connecting'>('online')
    const engine = setup({ connection })
    act(() => engine.setTyping('agent', true, 'Lan'))
    expect(screen.getByRole('status', { name: '' }).textContent).toContain('Lan is typing…')
    act(() => engine.setTeamStatus(true))
    expect(screen.getByText('We are online')).toBeTruthy()
    act(() => engine.setTeamStatus(false))
    expect(screen.getByText(/We are away right now/)).toBeTruthy()
    act(() => connection.set('offline'))
    expect(screen.getByText('Reconnecting…')).toBeTruthy()
    act(() => connection.set('online'))
    expect(screen.queryByText('Reconnecting…')).toBeNull()
  })

  it('uses the site owner texts for the away message', () => {
    const engine = setup({ texts: { en: { 'status.away': 'Back at 8:00, leave us a note.' } } })
    act(() => engine.setTeamStatus(false))
    expect(screen.getByText('Back at 8:00, leave us a note.')).toBeTruthy()
  })

  it('keeps the draft when the window closes and opens again', () => {
    const engine = setup()
    const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement
    fireEvent.input(box, { target: { value: 'half a question' } })
    act(() => engine.closeWidget())
    act(() => engine.openWidget())
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).toBe(
      'half a question',
    )
  })

  it('attaches an accepted file as a thumbnail, and says why a file is rejected', () => {
    URL.createObjectURL = vi.fn(() => 'blob:https://shop.example/1')
    URL.revokeObjectURL = vi.fn()
    setup({ attachments: { accept: ['image/*'], maxSize: 1024 } })
    const input = screen.getByLabelText('Attach a file') as HTMLInputElement
    const png = new File(['x'], 'cat.png', { type: 'image/png' })
    const pdf = new File(['x'], 'cv.pdf', { type: 'application/pdf' })
    fireEvent.change(input, { target: { files: [png, pdf] } })
    expect(screen.getByRole('img', { name: 'cat.png' }).getAttribute('src')).toBe(
      'blob:https://shop.example/1',
    )
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('cv.pdf cannot be sent: only image/* files are accepted.')
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('keeps Tab inside the window and mirrors for right-to-left', () => {
    setup({}, { dir: 'rtl' })
    const dialog = screen.getByRole('dialog')
    expect(dialog.getAttribute('dir')).toBe('rtl')
    const close = screen.getByRole('button', { name: 'Close chat' })
    const send = screen.getByRole('button', { name: 'Send' })
    send.focus()
    fireEvent.keyDown(send, { key: 'Tab' })
    expect(document.activeElement).toBe(close)
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(send)
  })

  it('has no close button inline, and Escape does not close it', () => {
    const engine = setup({}, { mode: 'inline' })
    expect(screen.queryByRole('button', { name: 'Close chat' })).toBeNull()
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Message' }), { key: 'Escape' })
    expect(engine.$open.get()).toBe(true)
  })
})

describe('pre-chat form', () => {
  it('validates name and a Vietnamese phone number before the chat starts', async () => {
    const engine = setup({ preChat: { fields: ['name', 'phone'], via: 'form' }, locale: 'vi' })
    const phone = await screen.findByLabelText('Số điện thoại')
    const name = screen.getByLabelText('Họ tên')
    expect(screen.queryByRole('textbox', { name: 'Tin nhắn' })).toBeNull()
    fireEvent.input(name, { target: { value: 'Lan' } })
    fireEvent.input(phone, { target: { value: '0123 456' } })
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu trò chuyện' }))
    expect(await screen.findByText(/Vui lòng nhập số điện thoại hợp lệ/)).toBeTruthy()
    expect(phone.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(phone)
    fireEvent.input(phone, { target: { value: '0912 345 678' } })
    fireEvent.click(screen.getByRole('button', { name: 'Bắt đầu trò chuyện' }))
    expect(await screen.findByRole('textbox', { name: 'Tin nhắn' })).toBeTruthy()
    expect(engine.$visitor.get()).toEqual({ name: 'Lan', phone: '+84912345678' })
  })
})
