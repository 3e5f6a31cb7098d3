// @vitest-environment jsdom
import { atom } from 'nanostores'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import type { ChatHandle, ChatModule } from '../chat/chat-module.ts'
import type { WidgetSettings } from '../settings/settings.ts'
import { bootLoader, type ChaoWindow } from './boot.ts'

// Waits that load the chat stage (a dynamic import) may take over a second on a busy machine.
const SLOW = { timeout: 10_000 }

const SRC = 'https://cdn.example.com/chao/chao.js'
const win = window as ChaoWindow

function addScript(attributes: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement('script')
  script.src = SRC
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  document.head.append(script)
  return script
}

/** A stand-in for chao-chat.js that records what the loader asks of it. */
function fakeChat() {
  const $open = atom(false)
  const $unread = atom(0)
  const calls: WidgetSettings[] = []
  const commands: [string, readonly unknown[]][] = []
  const listeners = new Map<string, (...args: unknown[]) => void>()
  let resolveReady = () => {}
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve
  })
  const handle: ChatHandle = {
    ready,
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
  const module: ChatModule = {
    mountChat: (_root, settings) => {
      calls.push(settings)
      return handle
    },
  }
  const importModule = vi.fn(async (_url: string) => module)
  return { $open, $unread, calls, commands, listeners, handle, resolveReady, importModule }
}

/** Boots the loader with the real controller stage; `importModule` stands in for the chat. */
async function boot(
  attributes: Record<string, string> = {},
  importModule: (url: string) => Promise<unknown> = fakeChat().importModule,
  wait = true,
) {
  const script = addScript(attributes)
  const route = (url: string) =>
    url.endsWith('/chao-boot.js') ? import('../boot/entry.ts') : importModule(url)
  bootLoader(win, script, route)
  // The controller stage loads at idle and replaces the loader's queueing window.Chao.
  const queueing = win.Chao
  if (wait) await vi.waitFor(() => expect(win.Chao).not.toBe(queueing), SLOW)
  const host = document.querySelector('chao-widget') as HTMLElement
  const launcher = host?.shadowRoot?.querySelector('button') as HTMLButtonElement
  return { host, launcher }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

let errors: MockInstance<typeof console.error>
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  for (const node of document.querySelectorAll('chao-widget, script')) node.remove()
  delete win.Chao
  vi.restoreAllMocks()
})

describe('bootLoader', () => {
  it('creates exactly one host with an open shadow root holding the launcher', async () => {
    const { host, launcher } = await boot()
    expect(document.querySelectorAll('chao-widget')).toHaveLength(1)
    expect(host.parentElement).toBe(document.body)
    expect(host.shadowRoot?.mode).toBe('open')
    expect(launcher.getAttribute('aria-label')).toBe('Open chat')
    expect(launcher.getAttribute('aria-expanded')).toBe('false')
    expect(host.style.position).toBe('fixed')
    expect(host.style.zIndex).toBe('2147483000')
    expect(host.style.right).toBe('20px')
    expect(errors).not.toHaveBeenCalled()
  })

  it('adds no global besides window.Chao', async () => {
    const before = new Set(Object.keys(window))
    await boot()
    const added = Object.keys(window).filter((key) => !before.has(key))
    expect(added).toEqual(['Chao'])
  })

  it('reads the data attributes and passes them to the chat stage', async () => {
    const chat = fakeChat()
    const { host, launcher } = await boot(
      {
        'data-locale': 'vi',
        'data-position': 'left',
        'data-faq': '/help/faq.json',
        'data-server': 'https://chat.example.com/',
      },
      chat.importModule,
    )
    expect(launcher.getAttribute('aria-label')).toBe('Mở trò chuyện')
    expect(host.style.left).toBe('20px')
    launcher.click()
    await flush()
    expect(chat.importModule).toHaveBeenCalledWith('https://cdn.example.com/chao/chao-chat.js')
    expect(chat.calls).toEqual([
      expect.objectContaining({
        locale: 'vi',
        position: 'left',
        faq: new URL('/help/faq.json', document.baseURI).href,
        server: 'https://chat.example.com',
        source: 'script',
      }),
    ])
    expect(errors).not.toHaveBeenCalled()
  })

  it('reports each bad attribute once, naming it, and falls back to the default', async () => {
    const { host, launcher } = await boot({
      'data-locale': 'fr',
      'data-position': 'top',
      'data-colour': 'red',
    })
    expect(errors).toHaveBeenCalledTimes(3)
    const messages = errors.mock.calls.map(([message]) => String(message))
    expect(messages[0]).toMatch(/^\[Chao\] Unknown setting data-colour\. .*data-locale/)
    expect(messages[1]).toContain('data-locale has an invalid value "fr"')
    expect(messages[1]).toContain('"vi", "en"')
    expect(messages[2]).toContain('data-position has an invalid value "top"')
    expect(messages[2]).toContain('"right", "left"')
    expect(launcher.getAttribute('aria-label')).toBe('Open chat')
    expect(host.style.right).toBe('20px')
  })

  it('loads the chat on click, shows a busy state, then toggles open and closed', async () => {
    const chat = fakeChat()
    const { launcher } = await boot({}, chat.importModule)
    launcher.click()
    expect(launcher.getAttribute('aria-busy')).toBe('true')
    await flush()
    expect(chat.$open.get()).toBe(false) // the FAQ is still loading
    chat.resolveReady()
    await flush()
    expect(chat.$open.get()).toBe(true)
    expect(launcher.hasAttribute('aria-busy')).toBe(false)
    expect(launcher.getAttribute('aria-expanded')).toBe('true')
    launcher.click()
    expect(chat.$open.get()).toBe(false)
    expect(launcher.getAttribute('aria-expanded')).toBe('false')
    expect(chat.importModule).toHaveBeenCalledTimes(1)
  })

  it('preloads the chat stage on intent, without opening it', async () => {
    const chat = fakeChat()
    const { launcher } = await boot({}, chat.importModule)
    launcher.dispatchEvent(new Event('pointerenter'))
    chat.resolveReady()
    await flush()
    expect(chat.calls).toHaveLength(1)
    expect(chat.$open.get()).toBe(false)
  })

  it('replays the calls queued by the snippet before the loader ran', async () => {
    const stub = (...args: unknown[]) => {
      stub.q.push(args)
    }
    stub.q = [] as unknown[][]
    win.Chao = stub as unknown as ChaoWindow['Chao']
    win.Chao?.('open')
    const chat = fakeChat()
    await boot({}, chat.importModule)
    expect(win.Chao).not.toBe(stub)
    chat.resolveReady()
    await flush()
    expect(chat.$open.get()).toBe(true)
    win.Chao?.('toggle')
    expect(chat.$open.get()).toBe(false)
  })

  it('reports an unknown command without throwing', async () => {
    await boot()
    expect(() => win.Chao?.('explode')).not.toThrow()
    expect(errors).toHaveBeenCalledOnce()
    expect(String(errors.mock.calls[0]?.[0])).toContain(
      'Available commands: open, close, toggle, identify, setAttributes, setLocale, track, reset, consent, on, off, shutdown',
    )
  })

  it('reports a chat stage that fails to load once, and lets a click retry', async () => {
    const importModule = vi.fn(async () => {
      throw new TypeError('Failed to fetch dynamically imported module')
    })
    const { launcher } = await boot({}, importModule)
    launcher.click()
    await flush()
    expect(errors).toHaveBeenCalledOnce()
    expect(String(errors.mock.calls[0]?.[0])).toContain('chao-chat.js did not load')
    expect(launcher.hasAttribute('aria-busy')).toBe(false)
    launcher.dispatchEvent(new Event('pointerenter'))
    expect(importModule).toHaveBeenCalledOnce()
    launcher.click()
    expect(importModule).toHaveBeenCalledTimes(2)
  })

  it('ignores a second copy of chao.js', async () => {
    await boot()
    await boot({}, undefined, false)
    expect(document.querySelectorAll('chao-widget')).toHaveLength(1)
    expect(String(errors.mock.calls[0]?.[0])).toContain('included twice')
  })

  it('never throws into the page', async () => {
    const broken = new Proxy(win, {
      get(target, key) {
        if (key === 'document') throw new Error('boom')
        return Reflect.get(target, key)
      },
    })
    expect(() => bootLoader(broken, null, async () => ({}))).not.toThrow()
    expect(String(errors.mock.calls[0]?.[0])).toContain('[Chao] The widget failed to start')
  })
})
