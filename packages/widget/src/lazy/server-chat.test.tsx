// @vitest-environment jsdom
import type { ProactiveMessage } from '@chao/core'
import { act } from '@testing-library/preact'
import { afterEach, expect, test, vi } from 'vitest'
import type { ChatHandle } from '../chat/chat-module.ts'
import { mountChat } from '../chat/mount-chat.tsx'
import { resolveSettings } from '../settings/settings.ts'

// The chat's part on sites with a server is a chunk that arrives after the window: what the
// visitor did meanwhile still reaches the server.

const startLive = vi.hoisted(() => vi.fn((..._args: unknown[]) => ({ stop: vi.fn() })))
vi.mock('../live/start-live.ts', async (actual) => ({
  ...(await actual<typeof import('../live/start-live.ts')>()),
  startLive,
}))

const SERVER = 'https://chat.example.com'
const CONFIG = `${SERVER}/api/v1/config`

let cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups) cleanup()
  cleanups = []
  startLive.mockClear()
})

/** Mounts a chat and runs `meanwhile` at once, before any chunk could arrive. */
function mount(settings: Record<string, unknown>, meanwhile?: (handle: ChatHandle) => void) {
  const host = document.createElement('div')
  document.body.append(host)
  const fetch = async (url: RequestInfo | URL) => {
    if (String(url) !== CONFIG) throw new Error(`unexpected request ${String(url)}`)
    return new Response(JSON.stringify({ site: { id: 'demo', name: 'Shop Lan' } }))
  }
  const base = resolveSettings(
    {},
    {
      source: 'script',
      baseUrl: 'https://shop.example/',
      languages: ['en'],
    },
  )
  let handle = null as unknown as ChatHandle
  act(() => {
    handle = mountChat(
      host.attachShadow({ mode: 'open' }),
      { ...base, ...settings },
      { report: vi.fn(), fetch, botDelay: 0 },
    )
    meanwhile?.(handle)
  })
  cleanups.push(() => {
    handle.destroy()
    host.remove()
  })
}

const OFFER: ProactiveMessage = {
  ruleId: 'sales',
  text: 'Questions about an order?',
  quickReplies: [{ label: 'Talk to sales', action: 'handoff:sales' }],
  link: null,
  sender: { type: 'bot' },
  delivery: 'bubble',
  sound: false,
}

test('a handoff asked before the server part arrived is sent as a request, to its department', async () => {
  mount({ server: SERVER, site: 'shop' }, (handle) => {
    handle.command('proactive', [OFFER, OFFER.quickReplies[0]])
  })
  await vi.waitFor(() => expect(startLive).toHaveBeenCalledOnce())
  // Not `request: false`, which would resume a chat that the server never heard of.
  expect(startLive.mock.calls[0]?.[1]).toMatchObject({
    site: 'shop',
    request: true,
    department: 'sales',
  })
})
