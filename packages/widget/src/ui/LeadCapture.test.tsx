// @vitest-environment jsdom
import { createChatEngine, createFaqMatcher, leadCapture, parseFaqKb } from '@chao/core'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, expect, it, vi } from 'vitest'
import { ChatWindow } from './ChatWindow.tsx'

// Lead capture as the visitor sees it: the bot's questions in the window, the error of an
// invalid answer, the Skip button of an optional field, then the handoff.

const KB = parseFaqKb({
  entries: [{ id: 'hours', questions: ['When are you open?'], answer: '8:00–17:00.' }],
})

function setup(locale: 'en' | 'vi') {
  const engine = createChatEngine({
    locale,
    matcher: createFaqMatcher(KB),
    leadCapture: leadCapture('before-handoff: name, email, phone?'),
  })
  const handoff = vi.fn()
  engine.on('handoff', handoff)
  engine.openWidget()
  render(<ChatWindow engine={engine} $siteName={atom<string | null>(null)} />)
  return { engine, handoff }
}

function say(text: string, box: string, send: string) {
  fireEvent.input(screen.getByRole('textbox', { name: box }), { target: { value: text } })
  fireEvent.click(screen.getByRole('button', { name: send }))
}
const lastBot = () => [...document.querySelectorAll('[data-author="bot"]')].at(-1)?.textContent

afterEach(cleanup)

it('asks for the details one at a time, re-asks an invalid one, and skips an optional one', () => {
  const { engine, handoff } = setup('en')
  say('I want to talk to a person', 'Message', 'Send')
  expect(lastBot()).toContain('May I have your name?')
  say('Lan', 'Message', 'Send')
  expect(lastBot()).toContain('What email address can we reach you at?')
  expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull() // email is required
  say('lan@', 'Message', 'Send')
  expect(lastBot()).toContain('Please enter a valid email address')
  say('lan@example.com', 'Message', 'Send')
  expect(lastBot()).toContain('What phone number can we reach you at?')
  expect(handoff).not.toHaveBeenCalled()
  fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
  expect(handoff).toHaveBeenCalledTimes(1)
  expect(engine.$visitor.get()).toEqual({ name: 'Lan', email: 'lan@example.com' })
  expect(screen.getByText('Thank you! Connecting you now.')).toBeTruthy()
})

it('speaks Vietnamese and takes a Vietnamese phone number', () => {
  const { engine } = setup('vi')
  engine.identify({ name: 'Lan', email: 'lan@example.com' })
  say('gap nhan vien', 'Tin nhắn', 'Gửi')
  expect(lastBot()).toContain('Bạn cho mình xin số điện thoại để liên hệ nhé?')
  expect(screen.getByRole('button', { name: 'Bỏ qua' })).toBeTruthy()
  say('0123', 'Tin nhắn', 'Gửi')
  expect(lastBot()).toContain('số điện thoại hợp lệ')
  say('0912 345 678', 'Tin nhắn', 'Gửi')
  expect(engine.$visitor.get().phone).toBe('+84912345678')
  expect(engine.$mode.get()).toBe('human')
})
