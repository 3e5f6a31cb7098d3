import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  $settingsSite,
  $siteNames,
  $sites,
  chooseSettingsSite,
  closeSettings,
  knowSites,
  loadSites,
  openSettings,
  resetSites,
  setSitesEnv,
  settingsFromUrl,
  siteLabel,
} from './sites.ts'

// The sites store over a fake agent API and address bar: the names that label
// conversations, and the site the settings edit, kept in the URL.

const DEMO = { id: 'demo', name: 'Chao Shop' }
const BLOG = { id: 'blog', name: 'Lan Blog' }

let search = ''
let answers: unknown[][] = []
let requests = 0

beforeEach(() => {
  search = ''
  requests = 0
  answers = []
  resetSites()
  setSitesEnv({
    search: () => search,
    setSearch: (next) => {
      search = next
    },
  })
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      requests++
      if (url !== '/api/v1/agent/sites') throw new Error(`unexpected request ${url}`)
      const sites = answers.shift()
      if (sites === undefined) return Response.json({ message: 'down' }, { status: 503 })
      return Response.json({ sites })
    }),
  )
})
afterEach(() => vi.unstubAllGlobals())

describe('the sites store', () => {
  it('names sites only on a server that has several, the id for one it does not know', async () => {
    answers = [[DEMO]]
    await loadSites()
    expect($sites.get()).toEqual([DEMO])
    expect(siteLabel($siteNames.get(), 'demo')).toBeUndefined()

    answers = [[DEMO, BLOG]]
    await loadSites()
    expect(siteLabel($siteNames.get(), 'blog')).toBe('Lan Blog')
    expect(siteLabel($siteNames.get(), 'demo')).toBe('Chao Shop')
    expect(siteLabel($siteNames.get(), 'shop-2')).toBe('shop-2')
  })

  it('reloads the list once for a site it meets in a conversation and does not know', async () => {
    answers = [[DEMO], [DEMO, BLOG]]
    await loadSites()
    knowSites(['demo'])
    expect(requests).toBe(1)
    knowSites(['demo', 'blog'])
    await vi.waitFor(() => expect($sites.get()).toEqual([DEMO, BLOG]))
    knowSites(['blog', 'gone'])
    knowSites(['gone'])
    expect(requests).toBe(3) // one more for "gone", once
  })

  it('stays quiet when the list cannot be loaded: no labels, settings on demo', async () => {
    await loadSites()
    expect($sites.get()).toEqual([])
    expect(siteLabel($siteNames.get(), 'blog')).toBeUndefined()
    expect($settingsSite.get()).toBe('demo')
  })

  it('edits the first site until another is chosen, and keeps the choice in the URL', async () => {
    answers = [[DEMO, BLOG]]
    await loadSites()
    expect($settingsSite.get()).toBe('demo')
    openSettings('survey')
    expect(search).toBe('?settings=survey&site=demo')
    chooseSettingsSite('blog')
    expect($settingsSite.get()).toBe('blog')
    expect(search).toBe('?settings=survey&site=blog')
    closeSettings()
    expect(search).toBe('')
    // The other settings tab opens on the site chosen before.
    openSettings('proactive')
    expect(search).toBe('?settings=proactive&site=blog')
  })

  it('opens the settings a link names, and a site the server lacks gives way to the first', async () => {
    search = '?settings=proactive&site=blog'
    expect(settingsFromUrl()).toBe('proactive')
    openSettings('proactive')
    answers = [[DEMO, BLOG]]
    await loadSites()
    expect($settingsSite.get()).toBe('blog')

    resetSites()
    search = '?settings=survey&site=gone'
    expect(settingsFromUrl()).toBe('survey')
    openSettings('survey')
    answers = [[DEMO, BLOG]]
    await loadSites()
    expect($settingsSite.get()).toBe('demo')
    expect(search).toBe('?settings=survey&site=demo')

    resetSites()
    search = '?settings=lead-capture&site=blog'
    expect(settingsFromUrl()).toBe('lead-capture')
    answers = [[DEMO, BLOG]]
    await loadSites()
    expect($settingsSite.get()).toBe('blog')
  })

  it('ignores links without settings or with a malformed site', () => {
    search = '?report=overview'
    expect(settingsFromUrl()).toBeUndefined()
    search = '?settings=agents&site=blog'
    expect(settingsFromUrl()).toBeUndefined()
    search = '?settings=survey&site=-x'
    expect(settingsFromUrl()).toBe('survey')
    expect($settingsSite.get()).toBe('demo')
  })
})
