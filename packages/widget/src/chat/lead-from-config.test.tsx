// @vitest-environment jsdom
import { act, within } from '@testing-library/preact'
import { afterEach, expect, it, vi } from 'vitest'
import { resolveSettings } from '../settings/settings.ts'
import type { ChatHandle } from './chat-module.ts'
import { mountChat } from './mount-chat.tsx'

// Watched, so that the test knows when the chat has plugged the site's lead capture in.
const loadLeadCapture = vi.hoisted(() => vi.fn())
vi.mock('../lazy/lead-capture.ts', async (original) => {
  const actual = await original<typeof import('../lazy/lead-capture.ts')>()
  loadLeadCapture.mockImplementation(actual.loadLeadCapture)
  return { loadLeadCapture }
})

// Lead capture saved by an admin on the server reaches the widget with the site config.

const SERVER = 'https://chat.example.com'
let handle: ChatHandle | null = null
afterEach(() => {
  handle?.destroy()
  document.body.replaceChildren()
})

it('asks the details the site config asks for, before the handoff', async () => {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    if (String(input) !== `${SERVER}/api/v1/config`) throw new Error(`unexpected ${input}`)
    const leadCapture = { when: 'before-handoff', fields: [{ field: 'email' }] }
    return new Response(JSON.stringify({ site: { id: 'demo', name: 'Shop' }, leadCapture }))
  })
  const host = document.createElement('div')
  document.body.append(host)
  const root = host.attachShadow({ mode: 'open' })
  const context = { source: 'script', baseUrl: 'https://shop.example/', languages: ['en'] } as const
  const settings = { ...resolveSettings({}, context), server: SERVER }
  act(() => {
    handle = mountChat(root, settings, { fetch: fetch as never, botDelay: 0 })
  })
  const mounted = handle as unknown as ChatHandle
  await act(() => mounted.ready)
  act(() => mounted.open())
  const view = within(root.querySelector('.chao-stage') as HTMLElement)
  await view.findByRole('dialog', { name: 'Shop' }) // the config has arrived
  // The lead capture chunk (and the texts it says) load after the config.
  await act(() => vi.waitFor(() => expect(loadLeadCapture).toHaveBeenCalled()))
  const box = view.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement
  act(() => {
    box.value = 'talk to a person'
    box.dispatchEvent(new Event('input', { bubbles: true }))
  })
  act(() => view.getByRole('button', { name: 'Send' }).click())
  const bots = root.querySelectorAll('[data-author="bot"]')
  expect(bots[bots.length - 1]?.textContent).toBe(
    'Before I connect you, a few details so our team can reach you. What email address can we reach you at?',
  )
})
