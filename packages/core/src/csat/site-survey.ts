import type { Catalog } from '../i18n/en.ts'
import { isLocale, type Locale, SUPPORTED_LOCALES } from '../i18n/locale.ts'
import type { TextOverrides } from '../i18n/lookup.ts'
import type { SurveyOptions, SurveyStep } from './answers.ts'

/**
 * The survey a site owner sets in the server's site configuration: which questions, and
 * optionally their texts per locale (`{ vi: { csat: '…' } }`), replacing the catalog's.
 */
export interface SiteSurvey extends SurveyOptions {
  questions?: Partial<Record<Locale, Partial<Record<SurveyStep, string>>>>
}

/** The catalog key of each step's question. */
export const QUESTION_KEYS = {
  csat: 'csat.question',
  nps: 'csat.npsQuestion',
  ces: 'csat.cesQuestion',
} as const satisfies Record<SurveyStep, keyof Catalog>

const STEPS = Object.keys(QUESTION_KEYS) as SurveyStep[]
export const MAX_QUESTION = 200

/**
 * Checks a site survey (what an admin sends, what the widget receives): `problems` names
 * every mistake; `value` is null when there is any, so a bad setting is refused whole.
 */
export function cleanSiteSurvey(
  input: unknown,
  name = 'survey',
): { value: SiteSurvey | null; problems: string[] } {
  const problems: string[] = []
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const example = '{ csat: true, nps: true, ces: false }'
    problems.push(`${name} must be an object like ${example}, got ${JSON.stringify(input)}.`)
    return { value: null, problems }
  }
  const raw = input as Record<string, unknown>
  const value: SiteSurvey = {}
  for (const key of Object.keys(raw)) {
    if (key !== 'questions' && !STEPS.includes(key as SurveyStep)) {
      problems.push(`${name}: unknown key "${key}"; use csat, nps, ces and questions.`)
    }
  }
  for (const step of STEPS) {
    const on = raw[step]
    if (on === undefined) continue
    if (typeof on === 'boolean') value[step] = on
    else problems.push(`${name}.${step} must be true or false, got ${JSON.stringify(on)}.`)
  }
  const { questions } = raw
  if (questions !== undefined) {
    if (typeof questions !== 'object' || questions === null || Array.isArray(questions)) {
      problems.push(`${name}.questions must be like { vi: { csat: "…" }, en: { nps: "…" } }.`)
    } else {
      value.questions = {}
      for (const [locale, texts] of Object.entries(questions)) {
        const where = `${name}.questions.${locale}`
        if (!isLocale(locale)) {
          problems.push(`${where}: the locale must be one of ${SUPPORTED_LOCALES.join(', ')}.`)
          continue
        }
        if (typeof texts !== 'object' || texts === null || Array.isArray(texts)) {
          problems.push(`${where} must be an object like { csat: "…", nps: "…" }.`)
          continue
        }
        const kept: Partial<Record<SurveyStep, string>> = {}
        for (const [step, text] of Object.entries(texts)) {
          if (!STEPS.includes(step as SurveyStep)) {
            problems.push(`${where}: unknown question "${step}"; use csat, nps or ces.`)
          } else if (typeof text !== 'string' || !text.trim() || text.length > MAX_QUESTION) {
            problems.push(`${where}.${step} must be a text of 1 to ${MAX_QUESTION} characters.`)
          } else kept[step as SurveyStep] = text.trim()
        }
        value.questions[locale] = kept
      }
    }
  }
  return problems.length === 0 ? { value, problems } : { value: null, problems }
}

/**
 * The site's question texts as catalog overrides, below the page's own `texts`: a key the
 * page set for a locale stays the page's.
 */
export function siteSurveyTexts(
  site: SiteSurvey | null | undefined,
  page: TextOverrides | undefined,
): TextOverrides | undefined {
  const questions = site?.questions
  if (!questions) return undefined
  const texts: TextOverrides = {}
  for (const locale of SUPPORTED_LOCALES) {
    const overrides: Partial<Catalog> = {}
    for (const step of STEPS) {
      const text = questions[locale]?.[step]
      const key = QUESTION_KEYS[step]
      if (text !== undefined && page?.[locale]?.[key] === undefined) overrides[key] = text
    }
    if (Object.keys(overrides).length > 0) texts[locale] = overrides
  }
  return Object.keys(texts).length > 0 ? texts : undefined
}
