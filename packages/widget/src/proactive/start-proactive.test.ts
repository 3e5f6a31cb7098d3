// @vitest-environment jsdom
import { atom } from 'nanostores'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChatHandle } from '../chat/chat-module.ts'
import { watchRoutes } from '../host/watch-routes.ts'
import { type ProactiveHost, startProactive } from './start-proactive.ts'

const RULES = [
  {
    id: 'welcome',
    conditions: { timeOnSite: 0 },
    message: { text: 'Hello {{name|there}}', quickReplies: [{ label: 'Talk to us' }] },
  },
]

function setup(over: Partial<ProactiveHost> = {}) {
  const host = document.createElement('div')
  document.body.append(host)
  const options: ProactiveHost = {
    win: window,
    shadowRoot: host.attachShadow({ mode: 'open' }),
    locale: () => 'en',
    rules: RULES,
    isOpen: () => false,
    openWith: vi.fn(),
    canStore: () => true,
    watchRoutes,
    record: vi.fn(),
    report: vi.fn(),
    allowed: () => false,
    loadSender: vi.fn(),
    loadBubble: () => import('./bubble.ts'),
    ...over,
  }
  const runner = startProactive(options)
  const bubble = () => options.shadowRoot.querySelector<HTMLElement>('.chao-pm')
  return { options, runner, bubble }
}

const types = (record: ProactiveHost['record']) =>
  vi.mocked(record).mock.calls.map(([event]) => `${event.type}:${event.ruleId}`)

/**
 * The engine's first evaluation is a 0 ms timer set when it starts; a 0 ms timer set after it
 * runs after it. Not a sleep: the point where the engine has decided.
 */
const engineEvaluated = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  localStorage.clear()
  document.body.innerHTML = ''
})

describe('startProactive', () => {
  it("shows a rule's message in the bubble with the visitor's attributes", async () => {
    const { runner, bubble, options } = setup()
    runner.command('identify', [{ name: 'Lan' }])
    await vi.waitFor(() => expect(bubble()?.textContent).toContain('Hello Lan'))
    expect(types(options.record)).toEqual(['shown:welcome'])
    runner.shutdown()
    expect(bubble()).toBeNull()
  })

  it('a quick reply opens the chat with the message: clicked and replied', async () => {
    const { bubble, options } = setup()
    await vi.waitFor(() => expect(bubble()).not.toBeNull())
    bubble()?.querySelector<HTMLButtonElement>('.chao-pm-row button')?.click()
    expect(options.openWith).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'welcome' }), {
      label: 'Talk to us',
    })
    expect(bubble()).toBeNull()
    expect(types(options.record)).toEqual(['shown:welcome', 'clicked:welcome', 'replied:welcome'])
  })

  it('dismissing records it; the rule does not come back on the next page', async () => {
    const first = setup()
    await vi.waitFor(() => expect(first.bubble()).not.toBeNull())
    first.bubble()?.querySelector<HTMLButtonElement>('.chao-pm-x')?.click()
    expect(types(first.options.record)).toEqual(['shown:welcome', 'dismissed:welcome'])
    first.runner.shutdown()

    const second = setup()
    await engineEvaluated()
    expect(second.bubble()).toBeNull()
    second.runner.shutdown()
  })

  it('nothing shows while the visitor is with an agent; an open chat gets the message directly', async () => {
    const $mode = atom<'bot' | 'human'>('human')
    const handle = {
      $mode,
      $open: atom(false),
      on: () => () => {},
    } as unknown as ChatHandle
    const busy = setup()
    busy.runner.attach(handle)
    await engineEvaluated()
    expect(busy.bubble()).toBeNull()
    expect(busy.options.record).not.toHaveBeenCalled()
    busy.runner.shutdown()

    const open = setup({ isOpen: () => true })
    await vi.waitFor(() => expect(open.options.openWith).toHaveBeenCalled())
    expect(open.bubble()).toBeNull()
    open.runner.shutdown()
  })

  it('a message dropped while its bubble loads is not shown later', async () => {
    const { runner, bubble } = setup({ rules: [] })
    runner.deliver({ type: 'proactive', id: 'p1', text: 'Old news', agentName: 'Lan' })
    runner.deliver({ type: 'proactive', id: 'p2', text: 'Fresh news', agentName: 'Lan' })
    await vi.waitFor(() => expect(bubble()?.textContent).toContain('Fresh news'))
    expect(bubble()?.textContent).not.toContain('Old news')
    runner.shutdown()
    expect(bubble()).toBeNull()
  })

  it("an agent's message shows with their name, outside the rules", async () => {
    const { runner, bubble, options } = setup({ rules: [] })
    runner.deliver({ type: 'proactive', id: 'p1', text: 'Need help?', agentName: 'Lan' })
    await vi.waitFor(() => expect(bubble()?.textContent).toContain('Message from Lan'))
    bubble()?.querySelector<HTMLButtonElement>('.chao-pm-x')?.click()
    expect(options.record).not.toHaveBeenCalled()
  })

  it("reads business hours and agents online from the server's config (unknown: never)", async () => {
    const rules = [
      {
        id: 'agents',
        conditions: { all: [{ agentsOnline: true }, { businessHours: true }] },
        message: { text: 'Someone can answer now' },
      },
      {
        id: 'nobody',
        conditions: { agentsOnline: false },
        message: { text: 'Leave us a message' },
      },
    ]
    const unknown = setup({ rules })
    await engineEvaluated()
    expect(unknown.bubble()).toBeNull()
    unknown.runner.shutdown()

    const online = setup({ rules, team: { businessHours: true, agentsOnline: 2 } })
    await vi.waitFor(() => expect(online.bubble()?.textContent).toContain('Someone can answer'))
    online.runner.shutdown()
    document.body.innerHTML = ''
    localStorage.clear()

    const none = setup({ rules, team: { businessHours: false, agentsOnline: 0 } })
    await vi.waitFor(() => expect(none.bubble()?.textContent).toContain('Leave us a message'))
    none.runner.shutdown()
  })
})
