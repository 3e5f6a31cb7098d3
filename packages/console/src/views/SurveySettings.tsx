import { useEffect, useState } from 'preact/hooks'
import { ApiError, api, type SiteSurvey } from '../api.ts'
import { SaveOutcome, type Saving } from './SaveOutcome.tsx'

type Step = 'csat' | 'nps' | 'ces'

const STEPS: [Step, string, string][] = [
  ['csat', 'CSAT: rating from 1 to 5, with a comment', 'How would you rate this conversation?'],
  ['nps', 'NPS: likely to recommend, 0 to 10', 'How likely are you to recommend us to a friend?'],
  [
    'ces',
    'CES: effort, 1 (very hard) to 7 (very easy)',
    'How easy was it to get the help you needed?',
  ],
]
const LOCALES: ['vi' | 'en', string][] = [
  ['vi', 'Vietnamese'],
  ['en', 'English'],
]
/** What the widget asks when nothing is set: CSAT only, in the catalog's words. */
const DEFAULT: Required<Pick<SiteSurvey, Step>> = { csat: true, nps: false, ces: false }

/** The form's value as the server takes it: empty texts left out (the catalog's are used). */
function toSurvey(on: Record<Step, boolean>, texts: Record<string, string>): SiteSurvey {
  const questions: NonNullable<SiteSurvey['questions']> = {}
  for (const [locale] of LOCALES) {
    for (const [step] of STEPS) {
      const text = texts[`${locale}.${step}`]?.trim()
      if (text) questions[locale] = { ...questions[locale], [step]: text }
    }
  }
  return { ...on, ...(Object.keys(questions).length > 0 ? { questions } : {}) }
}

/**
 * Settings → Survey: which questions the widget asks after a chat with the team (CSAT,
 * NPS, CES), and their texts per language (empty: the widget's own). A page that sets
 * `survey` or `texts` itself keeps its own (docs/widget-csat.md).
 */
export function SurveySettings({ site }: { site: string }) {
  const [on, setOn] = useState<Record<Step, boolean>>(DEFAULT)
  const [texts, setTexts] = useState<Record<string, string>>({})
  // The form shows once the site's survey is in: an edit made before would be overwritten.
  const [loaded, setLoaded] = useState<'loading' | 'ready' | { error: string }>('loading')
  const [problems, setProblems] = useState<string[]>([])
  const [saving, setSaving] = useState<Saving>({ state: 'idle' })
  useEffect(() => {
    api.siteSurvey(site).then(
      ({ survey }) => {
        setLoaded('ready')
        if (!survey) return
        setOn({ ...DEFAULT, ...survey })
        const saved: Record<string, string> = {}
        for (const [locale, byStep] of Object.entries(survey.questions ?? {}))
          for (const [step, text] of Object.entries(byStep ?? {})) saved[`${locale}.${step}`] = text
        setTexts(saved)
      },
      (error: Error) => setLoaded({ error: `Cannot load the survey: ${error.message}` }),
    )
  }, [site])

  const save = async () => {
    setProblems([])
    try {
      await api.saveSiteSurvey(site, toSurvey(on, texts))
      setSaving({ state: 'saved' })
    } catch (error) {
      const list = error instanceof ApiError ? error.body.problems : undefined
      setProblems(Array.isArray(list) ? list.map(String) : [])
      setSaving({ state: 'error', message: (error as Error).message })
    }
  }
  const edited = () => setSaving({ state: 'idle' })

  return (
    <section class="survey-settings" aria-label="Post-chat survey">
      <h2>Post-chat survey</h2>
      <p>
        Asked in the widget when a chat with your team ends. Saved settings reach visitors' widgets
        within a minute; a page that sets its own survey keeps it.
      </p>
      {loaded === 'loading' && <p>Loading…</p>}
      {typeof loaded === 'object' && <p role="alert">{loaded.error}</p>}
      {loaded === 'ready' && (
        <>
          <fieldset>
            <legend>Questions, in this order</legend>
            {STEPS.map(([step, label]) => (
              <label key={step}>
                <input
                  type="checkbox"
                  checked={on[step]}
                  onChange={(e) => {
                    const { checked } = e.currentTarget as HTMLInputElement
                    setOn((current) => ({ ...current, [step]: checked }))
                    edited()
                  }}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          {LOCALES.map(([locale, language]) => (
            <fieldset key={locale}>
              <legend>Texts in {language} (empty: the widget's own)</legend>
              {STEPS.map(([step, , example]) => (
                <label key={step}>
                  {step.toUpperCase()} question
                  <input
                    type="text"
                    maxLength={200}
                    placeholder={locale === 'en' ? example : ''}
                    value={texts[`${locale}.${step}`] ?? ''}
                    onInput={(e) => {
                      const value = (e.currentTarget as HTMLInputElement).value
                      setTexts((current) => ({ ...current, [`${locale}.${step}`]: value }))
                      edited()
                    }}
                  />
                </label>
              ))}
            </fieldset>
          ))}
          <button type="button" onClick={() => void save()}>
            Save survey
          </button>
        </>
      )}
      <SaveOutcome saving={saving} problems={problems} />
    </section>
  )
}
