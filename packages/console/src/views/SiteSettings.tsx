import { useEffect, useId } from 'preact/hooks'
import {
  $settingsSite,
  $sites,
  chooseSettingsSite,
  closeSettings,
  openSettings,
  type SettingsTab,
} from '../stores/sites.ts'
import { useStore } from '../use-store.ts'
import { LeadCaptureSettings } from './LeadCaptureSettings.tsx'
import { ProactiveSettings } from './ProactiveSettings.tsx'
import { SurveySettings } from './SurveySettings.tsx'

/**
 * The admin settings of one site: a picker when the server has several sites (kept in the
 * URL with the tab), then the chosen site's proactive rules, survey or lead capture. Changing the site
 * mounts the form afresh, so nothing typed for one site is saved on another.
 */
export function SiteSettings({ tab }: { tab: SettingsTab }) {
  const sites = useStore($sites)
  const site = useStore($settingsSite)
  const id = useId()
  useEffect(() => {
    openSettings(tab)
    return closeSettings
  }, [tab])
  if (sites === undefined) return <div class="site-settings">Loading…</div>
  return (
    <div class="site-settings">
      {sites.length === 0 && (
        // The list did not load (loadSites): say which site these settings are, not guess.
        <p class="site-picker" role="status">
          The list of sites did not load: these are the settings of the site “{site}”. Reload the
          page to choose another.
        </p>
      )}
      {sites.length > 1 && (
        <p class="site-picker">
          <label for={id}>Site</label>{' '}
          <select
            id={id}
            value={site}
            onChange={(e) => chooseSettingsSite((e.currentTarget as HTMLSelectElement).value)}
          >
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.id})
              </option>
            ))}
          </select>
        </p>
      )}
      {tab === 'proactive' ? (
        <ProactiveSettings key={site} site={site} />
      ) : tab === 'survey' ? (
        <SurveySettings key={site} site={site} />
      ) : (
        <LeadCaptureSettings key={site} site={site} />
      )}
    </div>
  )
}
