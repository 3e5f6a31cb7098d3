// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { type Chat, createChat } from './create-chat.ts'

const FAQ = {
  entries: [{ id: 'hours', questions: ['When are you open?'], answer: 'From 8:00 to 17:00.' }],
}

let errors: MockInstance<typeof console.error>
let chats: Chat[] = []
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  for (const chat of chats) chat.destroy()
  chats = []
  vi.restoreAllMocks()
})

function make(options: Parameters<typeof createChat>[0] = {}) {
  const chat = createChat(options)
  chats.push(chat)
  return chat
}

const hosts = () => Array.from(document.querySelectorAll('chao-widget'))
const launcherOf = (host: Element | undefined) =>
  host?.shadowRoot?.querySelector('.chao-launcher') as HTMLButtonElement
const windowOf = (host: Element | undefined) =>
  host?.shadowRoot?.querySelector('.chao-window') as HTMLElement | null

describe('createChat', () => {
  it('touches nothing until mount, and destroy removes everything mount added', () => {
    const before = document.body.innerHTML
    const chat = make({ faq: FAQ })
    expect(hosts()).toHaveLength(0)
    chat.mount()
    expect(hosts()).toHaveLength(1)
    expect(launcherOf(hosts()[0]).getAttribute('aria-label')).toBe('Open chat')
    chat.destroy()
    expect(document.body.innerHTML).toBe(before)
  })

  it('mounts into a target element, and again after destroy', () => {
    const target = document.createElement('div')
    document.body.append(target)
    const chat = make({ target, locale: 'vi' })
    chat.mount()
    expect(target.querySelector('chao-widget')).not.toBeNull()
    chat.destroy()
    expect(target.childNodes).toHaveLength(0)
    chat.mount()
    expect(target.querySelectorAll('chao-widget')).toHaveLength(1)
    target.remove()
  })

  it('opens with the chat window; several instances do not interfere', async () => {
    const first = make({ faq: FAQ }).mount()
    const second = make({ faq: FAQ, position: 'left', locale: 'vi' }).mount()
    const [a, b] = hosts()
    first.open()
    await vi.waitFor(() => expect(windowOf(a)?.hidden).toBe(false))
    expect(launcherOf(a).getAttribute('aria-expanded')).toBe('true')
    expect(windowOf(b)).toBeNull()
    second.toggle()
    await vi.waitFor(() => expect(windowOf(b)?.hidden).toBe(false))
    first.close()
    await vi.waitFor(() => expect(windowOf(a)?.hidden).toBe(true))
    expect(windowOf(b)?.hidden).toBe(false)
    expect(windowOf(b)?.querySelector('textarea')?.getAttribute('aria-label')).toBe('Tin nhắn')
    expect(errors).not.toHaveBeenCalled()
  })

  it('open() mounts the widget when mount() was not called', async () => {
    const chat = make()
    chat.open()
    expect(hosts()).toHaveLength(1)
    await vi.waitFor(() => expect(windowOf(hosts()[0])?.hidden).toBe(false))
  })

  it('validates options like the script tag validates its attributes', () => {
    make({ position: 'middle' as 'left', colour: 'red' } as never).mount()
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('Unknown option "colour" in createChat()'),
      expect.stringContaining('createChat({ position }) has an invalid value "middle"'),
    ])
    expect(hosts()[0]?.getAttribute('data-position')).toBe('right')
  })

  it('reports a second mount instead of adding a second launcher', () => {
    const chat = make().mount()
    chat.mount()
    expect(hosts()).toHaveLength(1)
    expect(String(errors.mock.calls[0]?.[0])).toContain('already mounted')
  })
})
