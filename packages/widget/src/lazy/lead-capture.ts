import { cleanLeadCapture, type LeadCaptureFactory, leadCaptureOf } from '@chao/core'
import { type SettingsSource, settingName } from '../settings/settings.ts'

// A lazy chunk: only sites with `leadCapture` load the bot's contact questions.

/** The site's lead capture, checked; each problem is reported once, naming the setting. */
export function loadLeadCapture(
  settings: { leadCapture?: unknown; source: SettingsSource },
  report: (message: string) => void,
): LeadCaptureFactory | null {
  const name = settingName(settings.source, 'leadCapture')
  const { value, problems } = cleanLeadCapture(settings.leadCapture, name)
  for (const problem of problems) report(`[Chao] ${problem}`)
  return value ? leadCaptureOf(value) : null
}
