import { atom, computed } from 'nanostores'
import { api, type Site } from '../api.ts'

/**
 * The server's sites (`chao site create`): their names label conversations when there are
 * several, and the settings tabs edit the site chosen in their picker. The settings and
 * their site are kept in the URL (`/console/?settings=survey&site=blog`), as the reports
 * keep their filters, so a reload or a shared link opens the same site's settings.
 */

export const SETTINGS_TABS = ['proactive', 'survey', 'lead-capture'] as const
export type SettingsTab = (typeof SETTINGS_TABS)[number]
export const isSettingsTab = (tab: string): tab is SettingsTab =>
  (SETTINGS_TABS as readonly string[]).includes(tab)

/** The address bar, injected so tests run without a browser. */
export interface SitesEnv {
  search: () => string
  setSearch: (search: string) => void
}

const browser: SitesEnv = {
  search: () => location.search,
  setSearch: (search) => history.replaceState(history.state, '', search || location.pathname),
}
let env: SitesEnv = browser

/** For tests: swap the address bar. */
export function setSitesEnv(next: SitesEnv): void {
  env = next
}

// As the server checks it (packages/server/src/db/store.ts SITE_ID).
const SITE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** Every site, oldest first (`demo` first); undefined until loaded, empty if that failed. */
export const $sites = atom<Site[] | undefined>(undefined)
/** The site the admin chose for the settings; undefined: the first one. */
const $chosenSite = atom<string | undefined>(undefined)

/**
 * The site the settings read and save. A chosen id the server does not list (a stale
 * link) gives way to the first site once the list is in; the picker shows which it is.
 */
export const $settingsSite = computed([$chosenSite, $sites], (chosen, sites) => {
  if (sites === undefined || sites.length === 0) return chosen ?? 'demo'
  return sites.find((s) => s.id === chosen)?.id ?? (sites[0] as Site).id
})

/** Each site's name by id on a server with several sites; null on a single-site server. */
export const $siteNames = computed($sites, (sites): Record<string, string> | null =>
  sites === undefined || sites.length < 2
    ? null
    : Object.fromEntries(sites.map(({ id, name }) => [id, name])),
)

/**
 * A conversation's site as the console names it: the site's name on a server with several
 * sites (its id if the console does not know it yet), nothing on a single-site server.
 */
export function siteLabel(
  names: Record<string, string> | null,
  siteId: string,
): string | undefined {
  return names === null ? undefined : (names[siteId] ?? siteId)
}

let loading: Promise<void> | undefined

/** Loads the list; calls during a load share it. */
export function loadSites(): Promise<void> {
  loading ??= api
    .sites()
    .then(
      ({ sites }) => {
        $sites.set(sites)
        showInUrl() // a stale site in the link gave way to the first one
      },
      // Without the list the console is as quiet as on one site, and settings edit `demo`.
      () => $sites.set($sites.get() ?? []),
    )
    .finally(() => {
      loading = undefined
    })
  return loading
}

/** Sites seen in conversations: one the list lacks (created since) reloads the list once. */
const asked = new Set<string>()
export function knowSites(siteIds: Iterable<string>): void {
  const sites = $sites.get()
  if (sites === undefined) return
  for (const id of siteIds) {
    if (sites.some((s) => s.id === id) || asked.has(id)) continue
    asked.add(id)
    void loadSites()
    return
  }
}

/**
 * The settings a link opens (`?settings=survey&site=blog`): the tab, if any, and its site
 * becomes the chosen one. Read once, when the console starts.
 */
export function settingsFromUrl(): SettingsTab | undefined {
  const q = new URLSearchParams(env.search())
  const tab = q.get('settings') as SettingsTab
  if (!SETTINGS_TABS.includes(tab)) return undefined
  const site = q.get('site')
  if (site !== null && SITE_ID.test(site)) $chosenSite.set(site)
  return tab
}

let openTab: SettingsTab | undefined

/** Shows a settings tab, for the site chosen before (the first one at first), in the URL. */
export function openSettings(tab: SettingsTab): void {
  openTab = tab
  showInUrl()
}

/** Leaving the settings takes them out of the address; the chosen site is kept for later. */
export function closeSettings(): void {
  openTab = undefined
  env.setSearch('')
}

/** The admin picks another site: the settings now read and save that one's. */
export function chooseSettingsSite(siteId: string): void {
  $chosenSite.set(siteId)
  showInUrl()
}

function showInUrl(): void {
  if (openTab === undefined) return
  env.setSearch(`?${new URLSearchParams({ settings: openTab, site: $settingsSite.get() })}`)
}

/** For tests: forget the list, the choice and the ids asked about. */
export function resetSites(): void {
  $sites.set(undefined)
  $chosenSite.set(undefined)
  asked.clear()
  openTab = undefined
}
