// @vitest-environment jsdom
import { atom } from 'nanostores'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import type { ChatHandle, ChatModule } from '../chat/chat-module.ts'
import { bootLoader, type ChaoWindow } from './boot.ts'

// Waits that load the chat stage (a dynamic import) may take over a second on a busy machine.
const SLOW = { timeout: 10_000 }

const win = window as ChaoWindow
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function fakeStage() {
  const $open = atom(false)
  const $unread = atom(0)
  const commands: [string, readonly unknown[]][] = []
  const listeners = new Map<string, (...args: unknown[]) => void>()
  const handle: ChatHandle = {
    ready: Promise.resolve(),
    $open,
    $unread,
    $mode: atom<'bot' | 'human'>('bot'),
    open: () => $open.set(true),
    close: () => $open.set(false),
    contains: () => false,
    command: (name, args) => void commands.push([name, args]),
    on: (event, listener) => {
      listeners.set(event, listener as (...args: unknown[]) => void)
      return () => listeners.delete(event)
    },
    destroy: vi.fn(),
  }
  const module: ChatModule = { mountChat: () => handle }
  return { $unread, commands, listeners, handle, importModule: vi.fn(async () => module) }
}

async function boot(stage = fakeStage(), attributes: Record<string, string> = {}) {
  const script = document.createElement('script')
  script.src = 'https://cdn.example.com/chao.js'
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  document.head.append(script)
  const route = (url: string) =>
    url.endsWith('/chao-boot.js') ? import('../boot/entry.ts') : stage.importModule()
  bootLoader(win, script, route)
  const queueing = win.Chao
  await vi.waitFor(() => expect(win.Chao).not.toBe(queueing), SLOW)
  const host = document.querySelector('chao-widget') as HTMLElement
  return { host, launcher: host?.shadowRoot?.querySelector('button') as HTMLButtonElement }
}

let errors: MockInstance<typeof console.error>
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  for (const node of document.querySelectorAll('chao-widget, script')) node.remove()
  delete win.Chao
  delete win.chaoSettings
  localStorage.clear()
  sessionStorage.clear()
  vi.restoreAllMocks()
})

describe('window.Chao', () => {
  it('keeps stage commands until the chat stage loads, then runs them in order', async () => {
    const stage = fakeStage()
    await boot(stage)
    win.Chao?.('identify', { name: 'Lan' })
    win.Chao?.('track', 'added-to-cart', { sku: 'A1' })
    expect(stage.importModule).not.toHaveBeenCalled() // no load just for that
    win.Chao?.('open')
    await flush()
    win.Chao?.('setAttributes', { plan: 'pro' })
    expect(stage.commands).toEqual([
      ['identify', [{ name: 'Lan' }]],
      ['track', ['added-to-cart', { sku: 'A1' }]],
      ['setAttributes', [{ plan: 'pro' }]],
    ])
  })

  it('on returns an unsubscribe function; off removes a listener; events are allow-listed', async () => {
    const stage = fakeStage()
    await boot(stage)
    const unread = vi.fn()
    const opened = vi.fn()
    const ready = vi.fn()
    const stop = win.Chao?.('on', 'unread', unread) as () => void
    win.Chao?.('on', 'open', opened)
    win.Chao?.('on', 'ready', ready) // after the fact: still called
    expect(ready).toHaveBeenCalledOnce()
    win.Chao?.('open')
    await flush()
    expect(opened).toHaveBeenCalledOnce()
    stage.$unread.set(2)
    expect(unread).toHaveBeenLastCalledWith(2)
    stop()
    stage.$unread.set(3)
    expect(unread).toHaveBeenCalledTimes(2) // 0 at load, then 2
    win.Chao?.('off', 'open', opened)
    win.Chao?.('close')
    win.Chao?.('open')
    expect(opened).toHaveBeenCalledOnce()
    expect(win.Chao?.('on', 'keypress', () => {})).toBeUndefined()
    expect(String(errors.mock.calls.at(-1)?.[0])).toContain('ready, open, close, message, unread')
  })

  it('shows the unread count on the launcher, in its name too', async () => {
    const stage = fakeStage()
    const { launcher } = await boot(stage, { 'data-locale': 'en' })
    win.Chao?.('open')
    await flush()
    win.Chao?.('close')
    stage.$unread.set(3)
    expect(launcher.querySelector('.chao-badge')?.textContent).toBe('3')
    expect(launcher.getAttribute('aria-label')).toBe('Open chat, 3 unread')
    win.Chao?.('setLocale', 'vi')
    expect(launcher.getAttribute('aria-label')).toBe('Mở trò chuyện, 3 tin chưa đọc')
  })

  it('shutdown removes the host, the listeners and window.Chao', async () => {
    const stage = fakeStage()
    await boot(stage)
    win.Chao?.('open')
    await flush()
    win.Chao?.('shutdown')
    expect(document.querySelector('chao-widget')).toBeNull()
    expect(stage.handle.destroy).toHaveBeenCalledOnce()
    expect('Chao' in win).toBe(false)
  })

  it('reset before the stage loads forgets what is stored on the device', async () => {
    localStorage.setItem('chao:conversation', '{}')
    sessionStorage.setItem('chao:open', '1')
    const stage = fakeStage()
    await boot(stage, { 'data-consent': 'required' })
    win.Chao?.('reset')
    expect(localStorage.length + sessionStorage.length).toBe(0)
  })

  it('with a stored conversation, loads the stage to restore it; with required consent, only after consent', async () => {
    localStorage.setItem('chao:conversation', '{}')
    const stage = fakeStage()
    await boot(stage, { 'data-consent': 'required' })
    await flush()
    expect(stage.importModule).not.toHaveBeenCalled()
    win.Chao?.('consent')
    await flush()
    expect(stage.importModule).toHaveBeenCalledOnce()
    expect(stage.commands).toEqual([['consent', []]])
  })

  it('reads window.chaoSettings, with data attributes winning', async () => {
    win.chaoSettings = { position: 'left', locale: 'vi', zIndex: 'high' }
    const { host, launcher } = await boot(fakeStage(), { 'data-locale': 'en' })
    expect(host.dataset.position).toBe('left')
    expect(launcher.getAttribute('aria-label')).toBe('Open chat')
    expect(String(errors.mock.calls[0]?.[0])).toBe(
      '[Chao] window.chaoSettings.zIndex has an invalid value "high". Accepted values: a whole number. Using 2147483000.',
    )
  })

  it('a page launcher replaces the built-in one and toggles the chat', async () => {
    const button = document.createElement('button')
    button.id = 'help'
    document.body.append(button)
    const stage = fakeStage()
    const { launcher } = await boot(stage, { 'data-launcher': '#help' })
    expect(launcher).toBeNull()
    button.click()
    await flush()
    expect(stage.handle.$open.get()).toBe(true)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    win.Chao?.('shutdown')
    expect(button.hasAttribute('aria-expanded')).toBe(false)
    button.click()
    expect(stage.importModule).toHaveBeenCalledOnce()
    button.remove()
  })
})

describe('the loader before the controller stage', () => {
  it('draws the launcher at once and queues calls and clicks until chao-boot.js runs', async () => {
    const stage = fakeStage()
    let release = () => {}
    const bootStage = new Promise((resolve) => {
      release = () => resolve(import('../boot/entry.ts'))
    })
    const script = document.createElement('script')
    script.src = 'https://cdn.example.com/chao.js'
    document.head.append(script)
    bootLoader(win, script, (url) =>
      url.endsWith('/chao-boot.js') ? bootStage : stage.importModule(),
    )
    const launcher = document.querySelector('chao-widget')?.shadowRoot?.querySelector('button')
    expect(launcher?.getAttribute('aria-label')).toBe('Open chat')
    win.Chao?.('identify', { name: 'Lan' })
    launcher?.click()
    expect(launcher?.getAttribute('aria-busy')).toBe('true')
    expect(stage.importModule).not.toHaveBeenCalled()
    release()
    await vi.waitFor(() => expect(stage.handle.$open.get()).toBe(true), SLOW)
    expect(stage.commands).toEqual([['identify', [{ name: 'Lan' }]]])
  })
})
