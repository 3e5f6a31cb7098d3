// @vitest-environment jsdom
import { act, fireEvent, within } from '@testing-library/preact'
import { afterEach, expect, it, vi } from 'vitest'
import { resolveSettings, type WidgetSettings } from '../settings/settings.ts'
import type { ChatHandle } from './chat-module.ts'
import { mountChat } from './mount-chat.tsx'

// The texts of the bot's contact questions and of refused files are in the catalog's extra
// part (load-catalog.ts): the sites that turn those features on get them with the chat, and
// a plain bot-only chat does not load that part at all.

// Counted, so that a test can tell whether the chat took the extra texts in.
const extraLoads = vi.hoisted(() => ({ count: 0 }))
vi.mock('../lazy/catalog-extra-en.ts', async (original) => {
  const { catalog } = await original<typeof import('../lazy/catalog-extra-en.ts')>()
  return {
    get catalog() {
      extraLoads.count++
      return catalog
    },
  }
})

const CONTEXT = { source: 'script', baseUrl: 'https://shop.example/', languages: ['en'] } as const
let handle: ChatHandle | null = null
afterEach(() => {
  handle?.destroy()
  document.body.replaceChildren()
  localStorage.clear()
  sessionStorage.clear()
})

async function open(settings: Partial<WidgetSettings>) {
  const host = document.createElement('div')
  document.body.append(host)
  const root = host.attachShadow({ mode: 'open' })
  act(() => {
    handle = mountChat(root, { ...resolveSettings({}, CONTEXT), ...settings }, { botDelay: 0 })
  })
  const mounted = handle as unknown as ChatHandle
  await act(() => mounted.ready)
  act(() => mounted.open())
  const view = within(root.querySelector('.chao-stage') as HTMLElement)
  const lastBot = () => [...root.querySelectorAll('[data-author="bot"]')].at(-1)?.textContent
  return { view, lastBot }
}

it('asks for contact details in the chat with their words, and says what is wrong', async () => {
  extraLoads.count = 0
  const { view, lastBot } = await open({ preChat: ['email'], preChatVia: 'bot' })
  expect(extraLoads.count).toBe(1)
  expect(lastBot()).toBe('What email address can we reach you at?')
  fireEvent.input(view.getByRole('textbox', { name: 'Message' }), { target: { value: 'lan@' } })
  act(() => view.getByRole('button', { name: 'Send' }).click())
  expect(lastBot()).toBe('Please enter a valid email address, e.g. lan@example.com.')
})

it('says why a file was refused on a site that accepts attachments', async () => {
  const { view } = await open({ attachments: ['image/*'] })
  const input = view.getByLabelText('Attach a file') as HTMLInputElement
  const file = new File(['hi'], 'notes.txt', { type: 'text/plain' })
  Object.defineProperty(input, 'files', { value: [file] })
  globalThis.URL.createObjectURL ??= () => 'blob:x'
  act(() => {
    fireEvent.change(input)
  })
  expect(view.getByRole('alert').textContent).toContain(
    'notes.txt cannot be sent: only image/* files are accepted.',
  )
})

it('a plain bot-only chat does not load the extra texts', async () => {
  extraLoads.count = 0
  const { lastBot } = await open({})
  expect(lastBot()).toContain('Ask me anything')
  expect(extraLoads.count).toBe(0)
})
