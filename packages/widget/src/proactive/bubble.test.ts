// @vitest-environment jsdom
import { type ProactiveMessage, SUPPORTED_LOCALES, translate } from '@chao/core'
import { describe, expect, it, vi } from 'vitest'
import { BUBBLE_TEXT, showBubble } from './bubble.ts'
import { renderInline } from './mini-markdown.ts'

const message = (over: Partial<ProactiveMessage> = {}): ProactiveMessage => ({
  ruleId: 'pricing',
  text: 'Questions about **plans**? [Compare](https://shop.example/compare)',
  quickReplies: [],
  link: null,
  sender: { type: 'bot' },
  delivery: 'bubble',
  sound: false,
  ...over,
})

function mount(msg = message()) {
  const host = document.createElement('div')
  document.body.append(host)
  const root = host.attachShadow({ mode: 'open' })
  const actions = { open: vi.fn(), follow: vi.fn(), dismiss: vi.fn() }
  const remove = showBubble(root, 'en', msg, actions)
  const bubble = root.querySelector<HTMLElement>('.chao-pm')
  if (!bubble) throw new Error('no bubble')
  return { root, bubble, actions, remove }
}

describe('renderInline', () => {
  const html = (text: string) => {
    const div = document.createElement('div')
    renderInline(document, div, text)
    return div.innerHTML
  }

  it('renders bold, italic, links and line breaks', () => {
    expect(html('**Hi** *you*\n[go](https://a.example/x)')).toBe(
      '<strong>Hi</strong> <em>you</em><br><a href="https://a.example/x" target="_blank" rel="noopener noreferrer">go</a>',
    )
  })

  it('never turns text into markup, and keeps only http(s) links', () => {
    expect(html('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(html('[x](javascript:void0)')).toBe('<span>x</span>')
  })

  it('shows escaped characters (placeholder values) as text', () => {
    expect(html('Hi \\*Bob\\*')).toBe('Hi *Bob*')
  })
})

describe('showBubble', () => {
  it('is a polite live region with the text, a Reply button and a labelled close button', () => {
    const { bubble, actions } = mount()
    expect(bubble.getAttribute('role')).toBe('status')
    expect(bubble.querySelector('strong')?.textContent).toBe('plans')
    const buttons = [...bubble.querySelectorAll('button')]
    expect(buttons.map((b) => b.textContent)).toEqual(['Reply', '×'])
    expect(buttons[1]?.getAttribute('aria-label')).toBe('Close message')
    buttons[0]?.click()
    expect(actions.open).toHaveBeenCalledWith()
    buttons[1]?.click()
    expect(actions.dismiss).toHaveBeenCalled()
  })

  it('names the agent who sends it, and offers its quick replies and link card', () => {
    const reply = { label: 'Yes please', text: 'I want a demo' }
    const { bubble, actions } = mount(
      message({
        sender: { type: 'agent', name: 'Lan' },
        quickReplies: [reply],
        link: { title: 'Pricing', url: 'https://shop.example/pricing' },
      }),
    )
    expect(bubble.querySelector('.chao-pm-from')?.textContent).toBe('Message from Lan')
    bubble.querySelector<HTMLButtonElement>('.chao-pm-row button')?.click()
    expect(actions.open).toHaveBeenCalledWith(reply)
    const card = bubble.querySelector<HTMLAnchorElement>('.chao-pm-card')
    expect(card?.href).toBe('https://shop.example/pricing')
    card?.addEventListener('click', (e) => e.preventDefault())
    card?.click()
    expect(actions.follow).toHaveBeenCalled()
  })

  it('clicking the text opens the chat, Escape dismisses, and the remover cleans up', () => {
    const { root, bubble, actions, remove } = mount()
    bubble.querySelector<HTMLElement>('.chao-pm-body')?.click()
    expect(actions.open).toHaveBeenCalledTimes(1)
    bubble.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect(actions.dismiss).toHaveBeenCalled()
    remove()
    expect(root.querySelector('.chao-pm')).toBeNull()
  })

  it('carries the same strings as the core catalogs', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(BUBBLE_TEXT[locale].from).toBe(translate(locale, 'proactive.from'))
      expect(BUBBLE_TEXT[locale].close).toBe(translate(locale, 'proactive.close'))
      expect(BUBBLE_TEXT[locale].reply).toBe(translate(locale, 'proactive.reply'))
    }
  })
})

describe('the bubble and sound', () => {
  const withAudio = () => {
    const start = vi.fn()
    class Context {
      state = 'running'
      currentTime = 0
      destination = {}
      close = () => Promise.resolve()
      createGain = () => ({
        gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
        connect: (next: unknown) => next,
      })
      createOscillator = () => ({ frequency: {}, connect: (n: unknown) => n, start, stop() {} })
    }
    vi.stubGlobal('AudioContext', Context)
    Object.defineProperty(navigator, 'userActivation', {
      value: { hasBeenActive: true },
      configurable: true,
    })
    return start
  }

  it('plays the chime only when the rule says sound: true (off by default)', () => {
    const start = withAudio()
    mount(message()).remove()
    expect(start).not.toHaveBeenCalled()
    mount(message({ sound: true })).remove()
    expect(start).toHaveBeenCalledTimes(2)
    vi.unstubAllGlobals()
  })
})
