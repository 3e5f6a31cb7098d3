// @vitest-environment jsdom
import { act, within } from '@testing-library/preact'
import { afterEach, expect, it, vi } from 'vitest'
import type { ChatHandle } from '../chat/chat-module.ts'
import { mountChat } from '../chat/mount-chat.tsx'
import { resolveSettings, type WidgetSettings } from '../settings/settings.ts'

// The chat stage wires core's analytics events to the sender: a question the bot cannot
// answer reaches the server's events endpoint, with the conversation's session.

const SERVER = 'https://chat.example.com'
const EVENTS = `${SERVER}/api/v1/sites/shop-1/events`
const FAQ = {
  entries: [{ id: 'hours', questions: ['When are you open?'], answer: 'From 8:00 to 17:00.' }],
}

interface Posted {
  events: { type: string; sessionId: string; text?: string; faqId?: string; confident?: boolean }[]
}

function fakeServer() {
  const posted: Posted[] = []
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input)
    if (url === `${SERVER}/api/v1/config`) {
      return new Response(JSON.stringify({ site: { id: 'shop-1', name: 'Shop' } }))
    }
    if (url === EVENTS && init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)) as Posted)
      return new Response(null, { status: 204 })
    }
    throw new Error(`unexpected request ${url}`) // fail closed
  })
  return { fetch, posted }
}

let handle: ChatHandle | null = null
afterEach(() => {
  handle?.destroy()
  handle = null
  document.body.replaceChildren()
})

async function mount(settings: Partial<WidgetSettings>, fetch: typeof globalThis.fetch) {
  const host = document.createElement('div')
  document.body.append(host)
  const root = host.attachShadow({ mode: 'open' })
  const context = { source: 'api', baseUrl: 'https://shop.example/', languages: ['en'] } as const
  act(() => {
    handle = mountChat(
      root,
      { ...resolveSettings({}, context), ...settings },
      { fetch, botDelay: 0 },
    )
  })
  const mounted = handle as unknown as ChatHandle
  await act(() => mounted.ready)
  act(() => mounted.open())
  const view = within(root.querySelector('.chao-stage') as HTMLElement)
  return (text: string) => {
    const box = view.getByRole('textbox', { name: 'Message' })
    act(() => {
      ;(box as HTMLTextAreaElement).value = text
      box.dispatchEvent(new Event('input', { bubbles: true }))
    })
    act(() => view.getByRole('button', { name: 'Send' }).click())
  }
}

it('posts the questions to the server once the visitor interacted', async () => {
  const { fetch, posted } = fakeServer()
  const ask = await mount({ server: SERVER, faq: FAQ }, fetch as never)
  await vi.waitFor(() =>
    expect(fetch).toHaveBeenCalledWith(`${SERVER}/api/v1/config`, expect.anything()),
  )
  ask('When are you open?')
  ask('Do you sell bicycles on Mars?')
  await vi.waitFor(() => {
    window.dispatchEvent(new Event('pagehide'))
    expect(posted.flatMap((p) => p.events)).toHaveLength(2)
  })
  const [answered, unanswered] = posted.flatMap((p) => p.events)
  expect(answered).toMatchObject({ type: 'bot:question', faqId: 'hours', confident: true })
  expect(unanswered).toMatchObject({
    type: 'bot:question',
    text: 'Do you sell bicycles on Mars?',
    confident: false,
  })
  expect(unanswered?.faqId).toBeUndefined()
  expect(answered?.sessionId).toBe(unanswered?.sessionId)
})

it('sends nothing without a server', async () => {
  const { fetch } = fakeServer()
  const ask = await mount({ faq: FAQ }, fetch as never)
  ask('Do you sell bicycles on Mars?')
  window.dispatchEvent(new Event('pagehide'))
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(fetch).not.toHaveBeenCalled()
})
