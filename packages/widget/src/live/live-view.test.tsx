// @vitest-environment jsdom
import { createChatEngine, createSurvey, memoryStorage, type OutgoingRating } from '@chao/core'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, expect, it } from 'vitest'
import { ChatWindow } from './ChatWindow.tsx'
import { $csat } from './csat-survey.ts'

// The live chat sets $csat; when a chat with an agent ends, the window swaps the composer
// for the rating prompt (a lazy chunk), then thanks in the chat.

afterEach(() => {
  cleanup()
  $csat.set(null)
})

function setup(locale: 'en' | 'vi', survey?: { nps?: boolean; ces?: boolean }) {
  const engine = createChatEngine({ locale, hourOf: () => 9 })
  engine.openWidget()
  const sent: OutgoingRating[] = []
  const csat = createSurvey({
    engine,
    ...(survey ? { survey } : {}),
    send: (rating) => sent.push(rating),
    storage: memoryStorage(),
    key: 'chao',
    createId: () => 'r1',
  })
  $csat.set({ engine, survey: csat })
  render(<ChatWindow engine={engine} $siteName={atom(null)} />)
  return { engine, csat, sent }
}

it('rates 4 stars with a comment, thanks in the chat and gives the composer back', async () => {
  const { csat, sent } = setup('en')
  expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy()
  act(() => csat.conversationEnded('c1', true))
  const group = await screen.findByRole('group', { name: 'How would you rate this conversation?' })
  expect(group).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull()
  const radios = screen.getAllByRole('radio')
  expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual([
    'Very bad',
    'Bad',
    'Okay',
    'Good',
    'Excellent',
  ])
  // The first choice has the focus, for keyboard and screen-reader users.
  expect(document.activeElement).toBe(radios[0])
  const send = screen.getByRole('button', { name: 'Send rating' }) as HTMLButtonElement
  expect(send.disabled).toBe(true)
  fireEvent.click(screen.getByRole('radio', { name: 'Good' }))
  fireEvent.input(screen.getByRole('textbox', { name: 'Anything to add? (optional)' }), {
    target: { value: 'Quick and kind' },
  })
  expect(send.disabled).toBe(false)
  act(() => {
    fireEvent.click(send)
  })
  expect(sent).toEqual([
    { score: 4, comment: 'Quick and kind', conversationId: 'c1', clientId: 'r1' },
  ])
  expect(screen.getByText('Thanks for your feedback!')).toBeTruthy()
  expect(screen.queryByRole('group')).toBeNull()
  expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy()
})

it('asks NPS then CES when the site wants them, in Vietnamese, with labelled ends', async () => {
  const { csat, sent } = setup('vi', { nps: true, ces: true })
  act(() => csat.conversationEnded('c1', true))
  fireEvent.click(await screen.findByRole('radio', { name: 'Rất tốt' }))
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }))
  })
  expect(
    screen.getByRole('group', { name: 'Bạn có sẵn lòng giới thiệu chúng tôi cho bạn bè không?' }),
  ).toBeTruthy()
  expect(screen.getAllByRole('radio')).toHaveLength(11)
  expect(screen.queryByRole('textbox')).toBeNull()
  fireEvent.click(screen.getByRole('radio', { name: '10, Chắc chắn có' }))
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp' }))
  })
  expect(screen.getAllByRole('radio')).toHaveLength(7)
  fireEvent.click(screen.getByRole('radio', { name: '1, Rất khó' }))
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đánh giá' }))
  })
  expect(sent).toEqual([{ score: 5, nps: 10, ces: 1, conversationId: 'c1', clientId: 'r1' }])
  expect(screen.getByText('Cảm ơn bạn đã góp ý!')).toBeTruthy()
})

it('Skip hides the prompt without sending, and it is not asked again', async () => {
  const { csat, sent } = setup('en')
  act(() => csat.conversationEnded('c1', true))
  act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
  })
  expect(screen.queryByRole('group')).toBeNull()
  expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy()
  act(() => csat.conversationEnded('c1', true))
  expect(screen.queryByRole('group')).toBeNull()
  expect(sent).toEqual([])
})

it('shows nothing for another chat’s survey on the same page', () => {
  const { engine } = setup('en')
  const other = createChatEngine({ locale: 'en' })
  const survey = createSurvey({ engine: other, send: () => {}, key: 'other' })
  act(() => {
    $csat.set({ engine: other, survey })
    survey.conversationEnded('c9', true)
  })
  expect(engine.$open.get()).toBe(true)
  expect(screen.queryByRole('group')).toBeNull()
})
