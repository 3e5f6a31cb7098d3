// @vitest-environment jsdom
import { type ChatEngine, createChatEngine, createFaqMatcher, parseFaqKb } from '@chao/core'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { atom } from 'nanostores'
import { afterEach, describe, expect, it } from 'vitest'
import { ChatWindow } from './ChatWindow.tsx'

const KB = parseFaqKb({
  entries: [
    {
      id: 'shipping',
      questions: ['How long does shipping take?', 'Giao hàng mất bao lâu?'],
      answer: 'Shipping takes **2–3 days**. See [our policy](https://example.com/shipping).',
      links: [{ title: 'Shipping policy', url: 'https://example.com/shipping' }],
      followUps: ['returns'],
    },
    { id: 'returns', questions: ['Can I return an item?'], answer: 'Yes, within 30 days.' },
    {
      id: 'evil',
      questions: ['Show me the evil answer'],
      answer:
        'Look <img src="x" onerror="alert(1)"> [click](javascript:alert(1)) ' +
        '<script>alert(2)</script><a href="https://ok.example/" onclick="alert(3)">ok</a>',
    },
  ],
})

function setup(locale: 'en' | 'vi' = 'en') {
  const engine = createChatEngine({ locale, matcher: createFaqMatcher(KB) })
  const $siteName = atom<string | null>(null)
  engine.openWidget()
  render(<ChatWindow engine={engine} $siteName={$siteName} />)
  return { engine, $siteName }
}

function ask(question: string) {
  const box = screen.getByRole('textbox', { name: 'Message' })
  fireEvent.input(box, { target: { value: question } })
  fireEvent.click(screen.getByRole('button', { name: 'Send' }))
}

const bubbles = (author: string) =>
  Array.from(screen.getByRole('log').querySelectorAll<HTMLElement>(`[data-author="${author}"]`))
const lastBot = () => bubbles('bot').at(-1) as HTMLElement

afterEach(cleanup)

describe('ChatWindow', () => {
  it('shows the greeting, the visitor question and the bot answer as markdown', () => {
    setup()
    expect(lastBot().textContent).toContain('Chao assistant')
    ask('How long does shipping take?')
    expect(bubbles('visitor').map((b) => b.textContent)).toEqual(['How long does shipping take?'])
    const answer = lastBot()
    expect(answer.dataset.faqId).toBe('shipping')
    expect(answer.querySelector('strong')?.textContent).toBe('2–3 days')
    const link = within(answer).getByRole('link', { name: 'our policy' })
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(screen.getByRole('link', { name: 'Shipping policy' }).getAttribute('href')).toBe(
      'https://example.com/shipping',
    )
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveProperty('value', '')
  })

  it('neutralises scripts, event handlers, images and javascript: links in answers', () => {
    setup()
    ask('Show me the evil answer')
    const answer = lastBot()
    expect(answer.textContent).toContain('Look')
    expect(answer.querySelector('img, script, [onerror], [onclick]')).toBeNull()
    expect(answer.innerHTML).not.toMatch(/javascript:|onerror|onclick|<script/i)
    const ok = within(answer).getByRole('link', { name: 'ok' })
    expect(ok.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('offers quick replies under the newest bot message only, and sends them', () => {
    setup()
    ask('How long does shipping take?')
    fireEvent.click(screen.getByRole('button', { name: 'Can I return an item?' }))
    expect(bubbles('visitor').at(-1)?.textContent).toBe('Can I return an item?')
    expect(lastBot().textContent).toBe('Yes, within 30 days.')
    expect(screen.queryByRole('button', { name: 'Can I return an item?' })).toBeNull()
  })

  it('sends on Enter but not on Shift+Enter or while an IME composes', () => {
    const { engine } = setup()
    const box = screen.getByRole('textbox', { name: 'Message' })
    fireEvent.input(box, { target: { value: 'Can I return an item?' } })
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true })
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true })
    expect(bubbles('visitor')).toHaveLength(0)
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(bubbles('visitor')).toHaveLength(1)
    expect(engine.$messages.get().at(-1)?.text).toBe('Yes, within 30 days.')
  })

  it('closes on Escape and with the close button', () => {
    const { engine } = setup()
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Message' }), { key: 'Escape' })
    expect(engine.$open.get()).toBe(false)
    expect(screen.queryByRole('dialog')).toBeNull() // hidden
    act(() => engine.openWidget())
    fireEvent.click(screen.getByRole('button', { name: 'Close chat' }))
    expect(engine.$open.get()).toBe(false)
  })

  it('labels the log and titles the window with the site name when known', async () => {
    const { $siteName } = setup()
    const dialog = screen.getByRole('dialog', { name: 'Chat with us' })
    expect(screen.getByRole('log').getAttribute('aria-live')).toBe('polite')
    expect(screen.getByRole('log').getAttribute('aria-label')).toBe('Conversation')
    $siteName.set('Shop Lan')
    expect(await screen.findByRole('dialog', { name: 'Shop Lan' })).toBe(dialog)
  })

  it('speaks Vietnamese', () => {
    setup('vi')
    const box = screen.getByRole('textbox', { name: 'Tin nhắn' })
    fireEvent.input(box, { target: { value: 'Giao hàng mất bao lâu?' } })
    fireEvent.click(screen.getByRole('button', { name: 'Gửi' }))
    expect(lastBot().textContent).toContain('2–3 days')
  })

  it('answers honestly without a FAQ', () => {
    const engine: ChatEngine = createChatEngine({ locale: 'en' })
    engine.openWidget()
    render(<ChatWindow engine={engine} $siteName={atom(null)} />)
    ask('Hello?')
    expect(lastBot().textContent).toBe("Sorry, I can't answer questions right now.")
    expect(lastBot().dataset.faqId).toBe('')
  })
})
