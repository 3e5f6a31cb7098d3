import { describe, expect, it, vi } from 'vitest'
import { loadSiteConfig, siteConfigUrl } from './load-site-config.ts'

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('siteConfigUrl', () => {
  it('asks for the page site, else for the server default', () => {
    expect(siteConfigUrl('https://chat.example', 'shop-2')).toBe(
      'https://chat.example/api/v1/config?site=shop-2',
    )
    expect(siteConfigUrl('https://chat.example', undefined)).toBe(
      'https://chat.example/api/v1/config',
    )
  })
})

describe('loadSiteConfig', () => {
  it('fetches the configured site and keeps the id the server answered', async () => {
    const fetch = vi.fn(async (_url: string) =>
      json(200, { site: { id: 'shop-2', name: 'Shop Two' } }),
    )
    const report = vi.fn()
    const config = await loadSiteConfig(
      { server: 'https://a.example', site: 'shop-2', source: 'script' },
      { report, fetch: fetch as never },
    )
    expect(fetch.mock.calls[0]?.[0]).toBe('https://a.example/api/v1/config?site=shop-2')
    expect(config).toEqual({ siteName: 'Shop Two', siteId: 'shop-2' })
    expect(report).not.toHaveBeenCalled()
  })

  it('reports an unknown site once, naming it and the setting, and returns null', async () => {
    const fetch = vi.fn(async () => json(404, { error: 'unknown_site', message: 'No site.' }))
    const report = vi.fn()
    const settings = { server: 'https://b.example', site: 'nope', source: 'global' } as const
    expect(await loadSiteConfig(settings, { report, fetch: fetch as never })).toBeNull()
    // The window and the live chat both ask: still one error.
    expect(await loadSiteConfig(settings, { report, fetch: fetch as never })).toBeNull()
    expect(report.mock.calls).toEqual([
      [
        '[Chao] The Chao server at https://b.example has no site "nope" ' +
          '(window.chaoSettings.site). Check the site id against the sites on that server. ' +
          'The chat works with the FAQ bot only.',
      ],
    ])
  })

  it('without a site setting, says the default site is missing and how to set one', async () => {
    const fetch = vi.fn(async () => json(404, { error: 'unknown_site', message: 'No site.' }))
    const report = vi.fn()
    await loadSiteConfig(
      { server: 'https://c.example', source: 'api' },
      { report, fetch: fetch as never },
    )
    expect(report).toHaveBeenCalledWith(
      '[Chao] The Chao server at https://c.example has no site "demo", its default when ' +
        'createChat({ site }) is not set. Set it to one of the sites on that server. The chat ' +
        'works with the FAQ bot only.',
    )
  })

  it('another 404 is an unreachable config, as before', async () => {
    const fetch = vi.fn(async () => json(404, { error: 'not_found', message: 'No endpoint.' }))
    const report = vi.fn()
    await loadSiteConfig(
      { server: 'https://d.example', site: 'x', source: 'script' },
      { report, fetch: fetch as never },
    )
    expect(report).toHaveBeenCalledWith(
      expect.stringMatching(
        /^\[Chao\] Cannot reach the Chao server at https:\/\/d\.example \(data-server\): GET https:\/\/d\.example\/api\/v1\/config\?site=x answered HTTP 404/,
      ),
    )
  })
})
