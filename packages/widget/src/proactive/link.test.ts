// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { resolveSettings } from '../settings/settings.ts'
import { linkProactive, type ProactiveLinkOptions } from './link.ts'
import type { ProactiveModule, ProactiveRunner } from './start-proactive.ts'

const RULE = { id: 'r', conditions: { timeOnPage: 1 }, message: { text: 'Hi' } }

function setup(raw: Record<string, unknown>, config: unknown = {}) {
  const runner = { command: vi.fn(), attach: vi.fn(), deliver: vi.fn(), shutdown: vi.fn() }
  const module: ProactiveModule = { startProactive: vi.fn(() => runner as ProactiveRunner) }
  const startPresence = vi.fn(() => () => {})
  const fetch = vi.fn(async () => new Response(JSON.stringify(config), { status: 200 }))
  // Idle runs at once, so the test can wait for the promise chain only.
  const win = Object.assign(Object.create(window), {
    fetch,
    requestIdleCallback: (run: () => void) => run(),
  }) as Window
  const settings = resolveSettings(raw, {
    source: 'api',
    baseUrl: 'https://shop.example/',
    languages: ['en'],
  })
  const options: ProactiveLinkOptions = {
    win,
    shadowRoot: document.createElement('div').attachShadow({ mode: 'open' }),
    settings,
    locale: () => 'en',
    isOpen: () => false,
    openWith: vi.fn(),
    canStore: () => true,
    watchRoutes: () => () => {},
    record: vi.fn(),
    report: vi.fn(),
    allowed: () => false,
    loadProactive: vi.fn(async () => module),
    loadRuleCheck: vi.fn(async () => ({ checkRules: (rules: readonly unknown[]) => rules })),
    loadSender: vi.fn(),
    loadBubble: () => import('./bubble.ts'),
    loadPresence: vi.fn(async () => ({ startPresence })),
    storage: () => null,
  }
  return { link: linkProactive(options), options, runner, module, fetch, startPresence }
}

/** One macrotask: the link's promise chain (idle is immediate here) has run its course. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('linkProactive', () => {
  it('loads nothing on a site without rules, not even the config without a server', async () => {
    const { link, options, fetch } = setup({})
    link.command('track', ['cart_abandoned'])
    await settle()
    expect(fetch).not.toHaveBeenCalled()
    expect(options.loadProactive).not.toHaveBeenCalled()
  })

  it("reads the server's rules; without any, the engine never loads", async () => {
    const { options, fetch } = setup({ server: 'https://chat.example' }, { site: { id: 'demo' } })
    await settle()
    expect(fetch).toHaveBeenCalledWith('https://chat.example/api/v1/config')
    expect(options.loadProactive).not.toHaveBeenCalled()
  })

  it('starts the engine with the server rules, unchecked, and replays earlier commands in order', async () => {
    const { link, options, runner, module } = setup(
      { server: 'https://chat.example' },
      { site: { id: 'shop' }, proactive: [RULE], team: { businessHours: true, agentsOnline: 3 } },
    )
    link.command('identify', [{ name: 'Lan' }])
    link.command('track', ['cart_abandoned', { step: 'payment' }])
    await vi.waitFor(() => expect(runner.command).toHaveBeenCalledTimes(2))
    expect(options.loadRuleCheck).not.toHaveBeenCalled()
    expect(module.startProactive).toHaveBeenCalledWith(
      expect.objectContaining({
        rules: [RULE],
        check: undefined,
        events: { server: 'https://chat.example', site: 'shop' },
        team: { businessHours: true, agentsOnline: 3 },
      }),
    )
    expect(runner.command.mock.calls).toEqual([
      ['identify', [{ name: 'Lan' }]],
      ['track', ['cart_abandoned', { step: 'payment' }]],
    ])
    link.destroy()
    await vi.waitFor(() => expect(runner.shutdown).toHaveBeenCalled())
  })

  it('checks rules written in the page with the full validator', async () => {
    const { options, module } = setup({ proactive: [RULE] })
    await vi.waitFor(() => expect(module.startProactive).toHaveBeenCalled())
    expect(options.loadRuleCheck).toHaveBeenCalled()
    expect(module.startProactive).toHaveBeenCalledWith(
      expect.objectContaining({ rules: [RULE], check: expect.any(Function) }),
    )
  })

  it("an agent's message loads the bubble on a site without rules", async () => {
    const { link, runner, module } = setup({})
    const frame = { type: 'proactive' as const, id: 'p1', text: 'Hi', agentName: 'Lan' }
    link.deliver(frame)
    await vi.waitFor(() => expect(runner.deliver).toHaveBeenCalled())
    expect(module.startProactive).toHaveBeenCalledWith(expect.objectContaining({ rules: [] }))
    expect(runner.deliver).toHaveBeenCalledWith(frame)
  })

  it('connects for presence when the site enables it, even without rules', async () => {
    const { options, startPresence } = setup(
      { server: 'https://chat.example', presence: true },
      { site: { id: 'shop' } },
    )
    await vi.waitFor(() =>
      expect(startPresence).toHaveBeenCalledWith(
        expect.objectContaining({
          settings: expect.objectContaining({ server: 'https://chat.example', id: 'chao' }),
          site: 'shop',
        }),
      ),
    )
    expect(options.loadProactive).not.toHaveBeenCalled()
  })

  it("asks for the page's site, and uses it for presence and events even when the config fails", async () => {
    const { module, fetch, startPresence } = setup({
      server: 'https://chat.example',
      site: 'shop-2',
      presence: true,
      proactive: [RULE],
    })
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    await vi.waitFor(() => expect(module.startProactive).toHaveBeenCalled())
    expect(fetch).toHaveBeenCalledWith('https://chat.example/api/v1/config?site=shop-2')
    expect(startPresence).toHaveBeenCalledWith(expect.objectContaining({ site: 'shop-2' }))
    expect(module.startProactive).toHaveBeenCalledWith(
      expect.objectContaining({ events: { server: 'https://chat.example', site: 'shop-2' } }),
    )
  })
})
