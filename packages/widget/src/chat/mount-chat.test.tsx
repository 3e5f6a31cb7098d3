// @vitest-environment jsdom
import { act, within } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WidgetSettings } from '../settings/settings.ts'
import { resolveSettings } from '../settings/settings.ts'
import type { ChatHandle } from './chat-module.ts'
import { mountChat } from './mount-chat.tsx'

const CONTEXT = {
  source: 'script',
  baseUrl: 'https://shop.example.com/',
  languages: ['en'],
} as const

const FAQ_URL = 'https://shop.example.com/faq.json'
const SERVER = 'https://chat.example.com'
const FAQ = {
  entries: [{ id: 'hours', questions: ['When are you open?'], answer: 'From 8:00 to 17:00.' }],
}

type Routes = Record<string, () => Response | Promise<Response>>

/** Fails closed: any request without a route is an error in the test. */
function fakeFetch(routes: Routes) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const route = routes[String(input)]
    if (!route) throw new Error(`unexpected request ${String(input)}`)
    return route()
  })
}
const json =
  (body: unknown, status = 200) =>
  () =>
    new Response(JSON.stringify(body), { status })

let cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups) cleanup()
  cleanups = []
})

async function mount(settings: Partial<WidgetSettings>, routes: Routes = {}) {
  const host = document.createElement('div')
  document.body.append(host)
  const root = host.attachShadow({ mode: 'open' })
  const report = vi.fn()
  const fetch = fakeFetch(routes)
  let handle = null as unknown as ChatHandle
  // Inside act, so that the first render's effects (store subscriptions) have run.
  act(() => {
    handle = mountChat(
      root,
      { ...resolveSettings({}, CONTEXT), ...settings },
      { report, fetch, botDelay: 0 },
    )
  })
  cleanups.push(() => {
    handle.destroy()
    host.remove()
  })
  await act(() => handle.ready)
  act(() => handle.open())
  const view = within(root.querySelector('.chao-stage') as HTMLElement)
  const ask = (text: string) => {
    const box = view.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement
    act(() => {
      box.value = text
      box.dispatchEvent(new Event('input', { bubbles: true }))
    })
    act(() => view.getByRole('button', { name: 'Send' }).click())
    const bots = root.querySelectorAll('[data-author="bot"]')
    return bots[bots.length - 1]?.textContent
  }
  const errors = () => report.mock.calls.map(([message]) => String(message))
  return { root, handle, view, ask, errors, fetch }
}

describe('mountChat', () => {
  it('loads the FAQ from data-faq and answers from it', async () => {
    const { ask, errors } = await mount({ faq: FAQ_URL }, { [FAQ_URL]: json(FAQ) })
    expect(ask('When are you open?')).toBe('From 8:00 to 17:00.')
    expect(errors()).toEqual([])
  })

  it('takes an inline knowledge base', async () => {
    const { ask, fetch } = await mount({ faq: FAQ, source: 'api' })
    expect(ask('when are you open')).toBe('From 8:00 to 17:00.')
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each([
    ['a 404', () => new Response('Not found', { status: 404 }), /HTTP 404/],
    ['invalid JSON', () => new Response('{oops', { status: 200 }), /is not valid JSON/],
    [
      'a network error',
      () => Promise.reject(new TypeError('Failed to fetch')),
      /Failed to fetch\. Check the URL and, if the file is on another origin.*CORS/,
    ],
  ])(
    'reports %s once, naming the URL, and keeps chatting without the bot',
    async (_, route, problem) => {
      const { ask, errors } = await mount({ faq: FAQ_URL }, { [FAQ_URL]: route })
      expect(errors()).toHaveLength(1)
      expect(errors()[0]).toMatch(
        /^\[Chao\] .*FAQ from https:\/\/shop\.example\.com\/faq\.json \(data-faq\)/,
      )
      expect(errors()[0]).toMatch(problem)
      expect(ask('When are you open?')).toBe("Sorry, I can't answer questions right now.")
    },
  )

  it('reports every problem of a malformed FAQ in one error', async () => {
    const broken = {
      entries: [
        { id: 'hours', questions: [] },
        { questions: ['Hi'], answer: 'Hi' },
      ],
    }
    const { errors } = await mount({ faq: FAQ_URL }, { [FAQ_URL]: json(broken) })
    expect(errors()).toHaveLength(1)
    expect(errors()[0]).toContain(
      'The FAQ from https://shop.example.com/faq.json (data-faq) is invalid',
    )
    expect(errors()[0]).toMatch(/questions/)
    expect(errors()[0]).toMatch(/answer/)
    expect(errors()[0]).toMatch(/"id"/)
  })

  it('titles the window with the site name from the server', async () => {
    const { view, errors } = await mount(
      { server: SERVER },
      { [`${SERVER}/api/v1/config`]: json({ site: { id: 'demo', name: 'Shop Lan' } }) },
    )
    expect(await view.findByRole('dialog', { name: 'Shop Lan' })).toBeTruthy()
    expect(errors()).toEqual([])
  })

  it('reports an unreachable server once and keeps answering from the FAQ', async () => {
    const { ask, errors, view } = await mount(
      { server: SERVER, faq: FAQ_URL },
      {
        [FAQ_URL]: json(FAQ),
        [`${SERVER}/api/v1/config`]: () => Promise.reject(new TypeError('Failed to fetch')),
      },
    )
    await vi.waitFor(() => expect(errors()).toHaveLength(1))
    expect(errors()[0]).toMatch(
      /^\[Chao\] Cannot reach the Chao server at https:\/\/chat\.example\.com \(data-server\): Failed to fetch\. Check that the server is running/,
    )
    expect(view.getByRole('dialog', { name: 'Chat with us' })).toBeTruthy()
    expect(ask('When are you open?')).toBe('From 8:00 to 17:00.')
  })

  it('removes everything it added on destroy', async () => {
    const { root, handle } = await mount({})
    const before = root.childNodes.length
    expect(root.querySelector('.chao-stage')).not.toBeNull()
    handle.destroy()
    expect(root.querySelector('.chao-stage')).toBeNull()
    expect(root.childNodes.length).toBeLessThan(before)
  })
})
