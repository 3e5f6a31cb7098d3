import {
  type CreateSurveyOptions,
  cleanSiteSurvey,
  type SurveyOptions,
  siteSurveyTexts,
} from '@chao/core'
import type { WidgetSettings } from '../settings/settings.ts'

export interface SurveySources {
  /** The survey's questions given directly (tests, custom builds): win over the rest. */
  survey?: SurveyOptions | undefined
  /** The page's settings: its `survey` wins over the site's, and so do its `texts`. */
  settings?: Pick<WidgetSettings, 'survey' | 'texts'> | undefined
  /** The site configuration (GET /api/v1/config), whose `survey` the admin saved. */
  config?: { survey?: unknown } | null | undefined
  report: (message: string) => void
}

/**
 * The questions and texts of the post-chat survey: the page's setting, else the site's
 * configuration (checked again: the widget trusts no input), else CSAT only.
 */
export function surveyFromSite(
  sources: SurveySources,
): Pick<CreateSurveyOptions, 'survey' | 'texts'> {
  const page = sources.survey ?? sources.settings?.survey
  const siteSurvey = sources.config?.survey
  if (siteSurvey === undefined) return { survey: page }
  const { value, problems } = cleanSiteSurvey(siteSurvey, 'the site config survey')
  if (problems.length > 0) sources.report(`[Chao] ${problems.join(' ')} Asking CSAT only.`)
  const { questions: _questions, ...site } = value ?? {}
  return {
    survey: page ?? (value ? site : undefined),
    texts: siteSurveyTexts(value, sources.settings?.texts),
  }
}
