// @vitest-environment jsdom
import { createChatEngineWith, enCatalog, viCatalog } from '@chao/core'
import { act, cleanup, render, screen } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, describe, expect, it } from 'vitest'
import { ChatWindow } from '../ui/ChatWindow.tsx'
import { textLoader } from './load-catalog.ts'

// The chat loads its own texts at once and the extra texts (live chat, forms, lead capture,
// survey) only when a part that shows them is about to.

afterEach(cleanup)

describe('textLoader', () => {
  it('loads the chat texts of a locale, not the extra ones', async () => {
    const engine = createChatEngineWith({ locale: 'vi' }, {})
    await textLoader(engine).load('vi')
    expect(engine.t('composer.send')).toBe(viCatalog['composer.send'])
    expect(engine.t('preChat.submit')).toBe('')
  })

  it('loads the extra texts in the current locale, and with every locale after that', async () => {
    const engine = createChatEngineWith({ locale: 'vi' }, {})
    const texts = textLoader(engine)
    await texts.load('vi')
    await texts.extra()
    expect(engine.t('preChat.submit')).toBe(viCatalog['preChat.submit'])
    engine.setLocale('en')
    await texts.load('en')
    expect(engine.t('composer.send')).toBe(enCatalog['composer.send'])
    expect(engine.t('preChat.submit')).toBe(enCatalog['preChat.submit'])
  })
})

it('shows the pre-chat form once its texts are in, never without them', async () => {
  const preChat = { fields: ['name' as const], via: 'form' as const }
  const engine = createChatEngineWith({ locale: 'en', preChat }, {})
  const texts = textLoader(engine)
  await texts.load('en')
  // The extra texts arrive when the test says so.
  let arrive = () => {}
  const extra = new Promise<void>((resolve) => {
    arrive = resolve
  }).then(texts.extra)
  engine.openWidget()
  render(<ChatWindow engine={engine} $siteName={atom(null)} loadTexts={() => extra} />)
  // The form's chunk is in, and every promise that was waiting on it has run (a task runs
  // after all pending microtasks): still nothing but the busy placeholder.
  await act(async () => {
    await import('../lazy/PreChatForm.tsx')
  })
  await act(() => new Promise((settled) => setTimeout(settled, 0)))
  expect(screen.queryByRole('textbox')).toBeNull()
  expect(screen.getByRole('dialog').querySelector('[aria-busy="true"]')).not.toBeNull()
  arrive()
  expect(await screen.findByRole('textbox', { name: 'Name' })).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Start chat' })).toBeTruthy()
})
