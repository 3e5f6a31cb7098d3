// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type ChaoChatElement, defineChaoChat } from './chao-chat.ts'

// Waits that load the chat stage (a dynamic import) may take over a second on a busy machine.
const SLOW = { timeout: 10_000 }

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

const launcherOf = (el: Element) =>
  el.querySelector('chao-widget')?.shadowRoot?.querySelector('.chao-launcher')

describe('<chao-chat>', () => {
  it('mounts from its attributes, follows changes, and cleans up when removed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    defineChaoChat()
    defineChaoChat() // twice is fine
    const el = document.createElement('chao-chat') as ChaoChatElement
    el.setAttribute('locale', 'vi')
    el.setAttribute('position', 'left')
    el.setAttribute('id', 'el-test')
    document.body.append(el)
    expect(el.chat).not.toBeNull()
    expect(launcherOf(el)?.getAttribute('aria-label')).toBe('Mở trò chuyện')
    expect(el.querySelector('chao-widget')?.getAttribute('data-position')).toBe('left')

    el.setAttribute('position', 'right') // rebuilt
    expect(el.querySelectorAll('chao-widget')).toHaveLength(1)
    expect(el.querySelector('chao-widget')?.getAttribute('data-position')).toBe('right')

    const opened = vi.fn()
    el.addEventListener('chao-open', opened)
    el.chat?.open()
    await vi.waitFor(() => expect(opened).toHaveBeenCalledOnce(), SLOW)

    el.setAttribute('locale', 'en') // no rebuild: the locale switches in place
    await vi.waitFor(
      () =>
        expect(
          el
            .querySelector('chao-widget')
            ?.shadowRoot?.querySelector('textarea')
            ?.getAttribute('aria-label'),
        ).toBe('Message'),
      SLOW,
    )

    el.remove()
    expect(el.chat).toBeNull()
    expect(el.querySelector('chao-widget')).toBeNull()
  })

  it('takes the site as an attribute, checked like the option', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    defineChaoChat()
    const element = customElements.get('chao-chat') as unknown as { observedAttributes: string[] }
    expect(element.observedAttributes).toContain('site')
    const el = document.createElement('chao-chat') as ChaoChatElement
    el.setAttribute('site', 'shop 2')
    document.body.append(el)
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('createChat({ site }) has an invalid value "shop 2"'),
    ])
  })
})
