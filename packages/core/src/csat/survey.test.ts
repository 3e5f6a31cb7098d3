import { describe, expect, it, vi } from 'vitest'
import { createChatEngine } from '../conversation/engine.ts'
import { memoryStorage } from '../persistence/storage.ts'
import { cleanRating } from './answers.ts'
import { createSurvey, type OutgoingRating, surveySteps } from './survey.ts'

function setup(survey?: Parameters<typeof createSurvey>[0]['survey'], storage = memoryStorage()) {
  const engine = createChatEngine({ locale: 'en', clock: () => 1000 })
  const sent: OutgoingRating[] = []
  const rated = vi.fn()
  engine.on('rated', rated)
  let n = 0
  const make = () =>
    createSurvey({
      engine,
      ...(survey ? { survey } : {}),
      send: (rating) => sent.push(rating),
      storage,
      key: 'chao',
      clock: () => 2000,
      createId: () => `r${++n}`,
    })
  return { engine, sent, rated, storage, survey: make(), make }
}

describe('surveySteps and cleanRating', () => {
  it('asks CSAT by default, then NPS and CES when configured, or NPS instead of CSAT', () => {
    expect(surveySteps()).toEqual(['csat'])
    expect(surveySteps({ nps: true, ces: true })).toEqual(['csat', 'nps', 'ces'])
    expect(surveySteps({ csat: false, nps: true })).toEqual(['nps'])
  })

  it('keeps valid answers and says what was wrong', () => {
    expect(cleanRating({ score: 4, comment: '  ok  ', nps: 0, ces: 7 })).toEqual({
      value: { score: 4, comment: 'ok', nps: 0, ces: 7 },
    })
    expect(cleanRating({ score: 6, nps: 3 })).toEqual({
      value: { nps: 3 },
      problem: 'score must be a whole number from 1 to 5, got 6',
    })
    expect(cleanRating({ comment: 'only words' }).problem).toMatch(/score, nps or ces/)
  })
})

describe('createSurvey', () => {
  it('asks when a chat with an agent ends, sends the rating, thanks in the chat, fires rated', () => {
    const { engine, survey, sent, rated } = setup()
    survey.conversationEnded('c1', false)
    expect(survey.$survey.get()).toEqual({ status: 'hidden' })
    survey.conversationEnded('c1', true)
    expect(survey.$survey.get()).toMatchObject({ status: 'asking', step: 'csat', steps: ['csat'] })
    survey.submitRating({ score: 4, comment: ' Quick ' })
    expect(sent).toEqual([{ score: 4, comment: 'Quick', conversationId: 'c1', clientId: 'r1' }])
    expect(survey.$survey.get()).toMatchObject({ status: 'thanks', conversationId: 'c1' })
    expect(engine.$messages.get().at(-1)).toMatchObject({
      id: 'csat-thanks-c1',
      author: 'system',
      text: 'Thanks for your feedback!',
    })
    expect(rated).toHaveBeenCalledWith({ score: 4, comment: 'Quick', conversationId: 'c1' })
  })

  it('walks through CSAT, NPS and CES, then sends one rating with all three', () => {
    const { survey, sent } = setup({ nps: true, ces: true })
    survey.conversationEnded('c1', true)
    survey.submitRating({ score: 5 })
    expect(survey.$survey.get()).toMatchObject({ step: 'nps', answers: { score: 5 } })
    survey.submitRating({ nps: 10 })
    expect(survey.$survey.get()).toMatchObject({ step: 'ces' })
    expect(sent).toEqual([])
    survey.submitRating({ ces: 6 })
    expect(sent).toEqual([{ score: 5, nps: 10, ces: 6, conversationId: 'c1', clientId: 'r1' }])
  })

  it('stays on a step until it is answered', () => {
    const { survey, sent } = setup()
    survey.conversationEnded('c1', true)
    survey.submitRating({ score: 9 })
    expect(survey.$survey.get()).toMatchObject({ status: 'asking', step: 'csat' })
    expect(sent).toEqual([])
  })

  it('skip sends what was answered so far, or nothing', () => {
    const first = setup({ nps: true })
    first.survey.conversationEnded('c1', true)
    first.survey.submitRating({ score: 2 })
    first.survey.skipSurvey()
    expect(first.sent).toEqual([{ score: 2, conversationId: 'c1', clientId: 'r1' }])
    const second = setup()
    second.survey.conversationEnded('c2', true)
    second.survey.skipSurvey()
    expect(second.survey.$survey.get()).toEqual({ status: 'hidden' })
    expect(second.sent).toEqual([])
    expect(second.rated).not.toHaveBeenCalled()
  })

  it('asks once per conversation, also after a reload (same storage)', () => {
    const { survey, storage, make } = setup()
    survey.conversationEnded('c1', true)
    survey.skipSurvey()
    survey.conversationEnded('c1', true)
    expect(survey.$survey.get()).toEqual({ status: 'hidden' })
    expect(JSON.parse(storage.getItem('chao:surveys') ?? '')).toEqual(['c1'])
    const reloaded = make()
    reloaded.conversationEnded('c1', true)
    expect(reloaded.$survey.get()).toEqual({ status: 'hidden' })
    reloaded.conversationEnded('c2', true)
    expect(reloaded.$survey.get()).toMatchObject({ status: 'asking', conversationId: 'c2' })
  })

  it('hides the prompt when the conversation was rated elsewhere', () => {
    const { survey, sent } = setup()
    survey.conversationEnded('c1', true)
    survey.conversationRated('c1')
    expect(survey.$survey.get()).toEqual({ status: 'hidden' })
    expect(sent).toEqual([])
  })

  it('asks nothing when every question is turned off', () => {
    const { survey } = setup({ csat: false })
    survey.conversationEnded('c1', true)
    expect(survey.$survey.get()).toEqual({ status: 'hidden' })
  })

  it('uses the site owner’s texts per locale', () => {
    const engine = createChatEngine({
      locale: 'vi',
      texts: { vi: { 'csat.thanks': 'Cám ơn nhiều!' } },
    })
    const survey = createSurvey({ engine, send: () => {}, key: 'k' })
    survey.conversationEnded('c1', true)
    survey.submitRating({ score: 3 })
    expect(engine.$messages.get().at(-1)?.text).toBe('Cám ơn nhiều!')
  })
})
