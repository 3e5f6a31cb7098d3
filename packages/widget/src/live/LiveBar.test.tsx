// @vitest-environment jsdom
import type { Connector } from '@chao/connector'
import { createChatEngine } from '@chao/core'
import { cleanup, fireEvent, render, screen } from '@testing-library/preact'
import { afterEach, expect, it, vi } from 'vitest'
import { liveBar } from './LiveBar.tsx'
import { createLiveControls } from './live-controls.ts'

// The visitor ends a live chat, then gets its transcript: downloaded with their token, or
// mailed; a refusal says why.

afterEach(cleanup)

function setup(answer: (url: string, init?: RequestInit) => Response) {
  const sendFrame = vi.fn(() => true)
  const save = vi.fn()
  const fetch = vi.fn(async (url: string, init?: RequestInit) => answer(url, init))
  const controls = createLiveControls({ sendFrame } as unknown as Connector, {
    server: 'https://chat.example',
    token: async () => 'tok',
    fetch: fetch as unknown as typeof globalThis.fetch,
    save,
    locale: () => 'vi',
  })
  const Bar = liveBar(controls)
  const { t } = createChatEngine({ locale: 'en' })
  render(<Bar t={t} />)
  return { controls, sendFrame, save, fetch }
}

it('shows nothing before there is a conversation, then "End chat", which ends it', async () => {
  const { controls, sendFrame } = setup(() => new Response(''))
  expect(screen.queryByRole('button')).toBeNull()
  controls.sync({ conversationId: 'c1' })
  fireEvent.click(await screen.findByRole('button', { name: 'End chat' }))
  expect(sendFrame).toHaveBeenCalledWith({ type: 'conversation:end', conversationId: 'c1' })
})

it('after the end: downloads the transcript with the visitor token, or mails it', async () => {
  const { controls, save, fetch } = setup((url) =>
    url.includes('/email?')
      ? new Response(JSON.stringify({ sent: true }))
      : new Response('Lan: hello\n'),
  )
  controls.sync({ conversationId: 'c1', ended: true })
  expect(screen.queryByRole('button', { name: 'End chat' })).toBeNull()
  fireEvent.click(await screen.findByRole('button', { name: 'Download transcript' }))
  await vi.waitFor(() => expect(save).toHaveBeenCalledWith('chat-c1.txt', 'Lan: hello\n'))
  expect(fetch).toHaveBeenCalledWith('https://chat.example/api/v1/chat/transcript/c1', {
    method: 'GET',
    headers: { authorization: 'Bearer tok' },
  })
  fireEvent.click(screen.getByRole('button', { name: 'Email me the transcript' }))
  await vi.waitFor(() =>
    expect(fetch).toHaveBeenLastCalledWith(
      'https://chat.example/api/v1/chat/transcript/c1/email?lang=vi',
      expect.objectContaining({ method: 'POST' }),
    ),
  )
  expect(await screen.findByText('The transcript is on its way to your inbox.')).toBeTruthy()
})

it('a refused mail says why', async () => {
  const { controls } = setup(
    () =>
      new Response(JSON.stringify({ error: 'no_email', message: 'We do not know your email.' }), {
        status: 409,
      }),
  )
  controls.sync({ conversationId: 'c1', ended: true })
  fireEvent.click(await screen.findByRole('button', { name: 'Email me the transcript' }))
  expect(
    await screen.findByText('The transcript could not be sent: We do not know your email.'),
  ).toBeTruthy()
})
