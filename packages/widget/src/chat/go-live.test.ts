import { createChatEngine } from '@chao/core'
import { afterEach, expect, test, vi } from 'vitest'
import type { SiteConfig } from '../lazy/load-site-config.ts'
import { resolveSettings, type WidgetSettings } from '../settings/settings.ts'
import { wireLive } from './go-live.ts'

// The live chat itself is replaced: these tests are about which site it is started for.
const startLive = vi.hoisted(() => vi.fn((..._args: unknown[]) => ({ stop: vi.fn() })))
vi.mock('../live/start-live.ts', async (actual) => ({
  ...(await actual<typeof import('../live/start-live.ts')>()),
  startLive,
}))

afterEach(() => startLive.mockClear())

const settingsWith = (raw: Record<string, unknown>): WidgetSettings =>
  resolveSettings(raw, { source: 'script', baseUrl: 'https://shop.example/', languages: ['en'] })

/** Hands the chat over and waits until the live side decided (started or refused). */
async function handoff(settings: WidgetSettings, config: SiteConfig | null) {
  const engine = createChatEngine({ locale: 'en' })
  const report = vi.fn()
  const stop = wireLive(engine, settings, {
    storage: () => null,
    report,
    config: async () => config,
  })
  engine.requestHuman()
  await vi.waitFor(() => {
    if (startLive.mock.calls.length === 0 && report.mock.calls.length === 0) throw new Error()
  })
  return { engine, report, stop }
}

const siteOf = () => (startLive.mock.calls[0]?.[1] as { site?: string } | undefined)?.site

test('the page site wins, even when the config did not load', async () => {
  const settings = settingsWith({ server: 'https://chat.example', site: 'shop-2' })
  const { report } = await handoff(settings, null)
  expect(siteOf()).toBe('shop-2')
  expect(report).not.toHaveBeenCalled()
})

test('without a site setting, the site the config answered', async () => {
  const settings = settingsWith({ server: 'https://chat.example' })
  await handoff(settings, { siteId: 'blog' })
  expect(siteOf()).toBe('blog')
})

test('neither known: no guessed demo, the visitor hears nobody is online, one error says what to check', async () => {
  const settings = settingsWith({ server: 'https://chat.example' })
  const { engine, report } = await handoff(settings, null)
  expect(startLive).not.toHaveBeenCalled()
  expect(report.mock.calls).toEqual([
    [
      '[Chao] The live chat did not start: the site config (https://chat.example/api/v1/config) ' +
        'did not load, so the site this widget belongs to is unknown. Check that the server is ' +
        'reachable from this page, or set data-site.',
    ],
  ])
  expect(engine.$teamOnline.get()).toBe(false)
  expect(engine.$messages.get().at(-1)).toMatchObject({
    author: 'system',
    text: engine.t('handoff.unavailable'),
  })
})
