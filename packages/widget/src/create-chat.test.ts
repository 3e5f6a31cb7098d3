// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { type Chat, createChat } from './create-chat.ts'

// Waits that load the chat stage (a dynamic import) may take over a second on a busy machine.
const SLOW = { timeout: 10_000 }

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
    const second = make({ faq: FAQ, position: 'left', locale: 'vi', id: 'second' }).mount()
    const [a, b] = hosts()
    first.open()
    await vi.waitFor(() => expect(windowOf(a)?.hidden).toBe(false), SLOW)
    expect(launcherOf(a).getAttribute('aria-expanded')).toBe('true')
    expect(windowOf(b)).toBeNull()
    second.toggle()
    await vi.waitFor(() => expect(windowOf(b)?.hidden).toBe(false), SLOW)
    first.close()
    await vi.waitFor(() => expect(windowOf(a)?.hidden).toBe(true), SLOW)
    expect(windowOf(b)?.hidden).toBe(false)
    expect(windowOf(b)?.querySelector('textarea')?.getAttribute('aria-label')).toBe('Tin nhắn')
    expect(errors).not.toHaveBeenCalled()
  })

  it('open() mounts the widget when mount() was not called', async () => {
    const chat = make()
    chat.open()
    expect(hosts()).toHaveLength(1)
    await vi.waitFor(() => expect(windowOf(hosts()[0])?.hidden).toBe(false), SLOW)
  })

  it('validates options like the script tag validates its attributes', () => {
    make({ position: 'middle' as 'left', colour: 'red' } as never).mount()
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('Unknown setting createChat({ colour })'),
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

describe('createChat cleanup', () => {
  it('destroy() removes every listener and timer that mount() and a chat created', async () => {
    const targets = [window, document, history] as EventTarget[]
    const live = new Map<string, number>()
    const key = (target: EventTarget, type: string) => `${targets.indexOf(target)}:${type}`
    const add = EventTarget.prototype.addEventListener
    const remove = EventTarget.prototype.removeEventListener
    vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (
      this: EventTarget,
      ...args: Parameters<EventTarget['addEventListener']>
    ) {
      if (targets.includes(this))
        live.set(key(this, args[0]), (live.get(key(this, args[0])) ?? 0) + 1)
      return add.apply(this, args)
    })
    vi.spyOn(EventTarget.prototype, 'removeEventListener').mockImplementation(function (
      this: EventTarget,
      ...args: Parameters<EventTarget['removeEventListener']>
    ) {
      if (targets.includes(this))
        live.set(key(this, args[0]), (live.get(key(this, args[0])) ?? 0) - 1)
      return remove.apply(this, args)
    })
    const push = history.pushState
    vi.useFakeTimers()
    const chat = createChat({ faq: FAQ, launcher: '#help', id: 'cleanup' })
    chat.mount()
    chat.open()
    await vi.waitFor(
      () =>
        expect(
          document.querySelector('chao-widget')?.shadowRoot?.querySelector('.chao-window'),
        ).not.toBeNull(),
      SLOW,
    )
    const root = document.querySelector('chao-widget')?.shadowRoot
    const box = root?.querySelector('textarea') as HTMLTextAreaElement
    box.value = 'When are you open?'
    box.dispatchEvent(new Event('input', { bubbles: true }))
    await vi.waitFor(() => expect(box.value).toBe('When are you open?'), SLOW)
    root
      ?.querySelector('form')
      ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    // The bot is "typing" its answer: a timer is running.
    await vi.waitFor(
      () => expect(root?.querySelector('.chao-typing')?.textContent).toContain('typing'),
      SLOW,
    )
    chat.destroy()
    expect([...live.entries()].filter(([, count]) => count !== 0)).toEqual([])
    expect(history.pushState).toBe(push)
    expect(document.querySelector('chao-widget')).toBeNull()
    // Preact's own after-paint timers (one frame, 35 ms at most) may still be due; anything
    // of ours (the 3 s FAQ wait, the bot's typing delay) would still be pending after that.
    vi.advanceTimersByTime(100)
    expect(vi.getTimerCount()).toBe(0)
    vi.useRealTimers()
  })

  it('on() before mount() hears the events once mounted; its return value unsubscribes', async () => {
    const chat = make({ faq: FAQ, id: 'events' })
    const opened = vi.fn()
    const stop = chat.on('open', opened)
    chat.open()
    await vi.waitFor(() => expect(opened).toHaveBeenCalledOnce(), SLOW)
    stop()
    chat.close()
    chat.open()
    await vi.waitFor(() => expect(windowOf(hosts()[0])?.hidden).toBe(false), SLOW)
    expect(opened).toHaveBeenCalledOnce()
  })
})
