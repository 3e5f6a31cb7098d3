// @vitest-environment jsdom
import type { Connector } from '@chao/connector'
import {
  type ChatEngine,
  createChatEngine,
  createSurvey,
  memoryStorage,
  type OutgoingRating,
  type Survey,
} from '@chao/core'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, expect, it } from 'vitest'
import { ChatWindow } from '../ui/ChatWindow.tsx'
import { $liveView } from '../ui/live-view.ts'
import { createLiveControls } from './live-controls.ts'
import { showLiveView } from './live-view.tsx'

// The live chat shows its view in the window ($liveView); when a chat with an agent ends,
// the window swaps the composer for the rating prompt (a lazy chunk), then thanks in the chat.

afterEach(() => {
  cleanup()
  $liveView.set(null)
})

/** The live chunk's view for `engine`, as startLive shows it. */
function showLive(engine: ChatEngine, survey: Survey) {
  const connector = { sendFrame: () => true } as unknown as Connector
  const controls = createLiveControls(connector, {
    server: 'https://chat.example',
    token: async () => 'tok',
  })
  return showLiveView(engine, controls, survey)
}

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
  showLive(engine, csat)
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
    showLive(other, survey)
    survey.conversationEnded('c9', true)
  })
  expect(engine.$open.get()).toBe(true)
  expect(screen.queryByRole('group')).toBeNull()
  expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy()
})

it('hides the prompt and gives the composer back when the live chat stops', async () => {
  const engine = createChatEngine({ locale: 'en' })
  engine.openWidget()
  const survey = createSurvey({ engine, send: () => {}, key: 'chao' })
  const stop = showLive(engine, survey)
  render(<ChatWindow engine={engine} $siteName={atom(null)} />)
  act(() => survey.conversationEnded('c1', true))
  expect(await screen.findByRole('group')).toBeTruthy()
  expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull()
  act(stop)
  expect(screen.queryByRole('group')).toBeNull()
  expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy()
})
