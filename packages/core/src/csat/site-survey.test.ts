import { describe, expect, it } from 'vitest'
import { createChatEngine } from '../conversation/engine.ts'
import { en } from '../i18n/en.ts'
import { vi as viCatalog } from '../i18n/vi.ts'
import { cleanSiteSurvey, siteSurveyTexts } from './site-survey.ts'
import { createSurvey } from './survey.ts'

describe('the survey of the site configuration', () => {
  it('keeps the questions and their texts per locale, trimmed', () => {
    const input = { csat: false, nps: true, questions: { vi: { nps: '  Giới thiệu? ' } } }
    expect(cleanSiteSurvey(input)).toEqual({
      value: { csat: false, nps: true, questions: { vi: { nps: 'Giới thiệu?' } } },
      problems: [],
    })
    expect(cleanSiteSurvey({})).toEqual({ value: {}, problems: [] })
  })

  it('is refused whole, naming every problem', () => {
    const { value, problems } = cleanSiteSurvey({
      csat: 'yes',
      stars: true,
      questions: { fr: { csat: 'Note ?' }, en: { csat: '', wow: 'x' } },
    })
    expect(value).toBeNull()
    expect(problems).toEqual([
      'survey: unknown key "stars"; use csat, nps, ces and questions.',
      'survey.csat must be true or false, got "yes".',
      'survey.questions.fr: the locale must be one of vi, en.',
      'survey.questions.en.csat must be a text of 1 to 200 characters.',
      'survey.questions.en: unknown question "wow"; use csat, nps or ces.',
    ])
    expect(cleanSiteSurvey('nps').problems[0]).toContain('must be an object like')
    expect(cleanSiteSurvey({ questions: [] }).problems).toHaveLength(1)
  })

  it("gives catalog overrides for the keys the page's texts did not set", () => {
    const site = { questions: { vi: { csat: 'Shop thế nào?', nps: 'Giới thiệu?' } } }
    expect(siteSurveyTexts(site, { vi: { 'csat.question': 'Của trang' } })).toEqual({
      vi: { 'csat.npsQuestion': 'Giới thiệu?' },
    })
    expect(siteSurveyTexts({ nps: true }, undefined)).toBeUndefined()
    expect(siteSurveyTexts(null, undefined)).toBeUndefined()
  })

  it("the survey's t uses the site's question in the visitor's locale, else the catalog", () => {
    const engine = createChatEngine({ locale: 'vi' })
    const survey = createSurvey({
      engine,
      texts: { vi: { 'csat.question': 'Shop Lan hỗ trợ thế nào?' } },
      send: () => {},
      key: 'chao',
    })
    expect(survey.t('csat.question')).toBe('Shop Lan hỗ trợ thế nào?')
    expect(survey.t('csat.skip')).toBe(viCatalog['csat.skip'])
    engine.setLocale('en')
    expect(survey.t('csat.question')).toBe(en['csat.question'])
  })
})
