import { PAGE_EVENTS } from '../chat/chat-module.ts'
import { type Chat, type ChatOptions, createChat } from '../create-chat.ts'
import { SCHEMA } from '../settings/settings.ts'

/** The tag `defineChaoChat` registers. */
export const ELEMENT_TAG = 'chao-chat'

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
// Objects (texts, an inline FAQ) cannot be attributes; pass them with the `options` property.
const ATTRIBUTES = Object.keys(SCHEMA)
  .filter((key) => SCHEMA[key] !== 'object')
  .map(kebab)

/** `<chao-chat>`: its element API beside the attributes. */
export interface ChaoChatElement extends HTMLElement {
  /** The running chat (null while the element is not in the page). */
  readonly chat: Chat | null
  /** Options that attributes cannot carry (`texts`, an inline `faq`); set before connecting. */
  options: ChatOptions
}

/**
 * Registers `<chao-chat>`, a custom element whose attributes mirror `createChat` options
 * (`<chao-chat locale="vi" faq="/faq.json" mode="inline">`), so that React, Vue, Angular and
 * Svelte apps use the widget without a wrapper. Every widget event is re-dispatched on the
 * element as a DOM event `chao-<event>` with the payload in `detail`. Call it in the
 * browser: the class is created here, so importing this module stays SSR-safe.
 */
export function defineChaoChat(registry: CustomElementRegistry = customElements): void {
  if (registry.get(ELEMENT_TAG)) return
  class Element extends HTMLElement implements ChaoChatElement {
    static observedAttributes = ATTRIBUTES
    chat: Chat | null = null
    options: ChatOptions = {}

    connectedCallback() {
      const options: Record<string, unknown> = { ...this.options }
      for (const name of ATTRIBUTES) {
        const value = this.getAttribute(name)
        if (value !== null) options[camel(name)] = value
      }
      // Inline and floating chats live inside the element; it is the inline container.
      const chat = createChat({ ...(options as ChatOptions), target: this })
      for (const event of PAGE_EVENTS) {
        chat.on(event, (detail?: unknown) =>
          this.dispatchEvent(new CustomEvent(`chao-${event}`, { detail, bubbles: true })),
        )
      }
      this.chat = chat.mount()
    }

    disconnectedCallback() {
      this.chat?.destroy()
      this.chat = null
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null) {
      if (!this.chat || old === value) return
      if (name === 'locale' && value) return this.chat.setLocale(value as 'vi' | 'en')
      // Any other option changes how the widget is built: build it again.
      this.disconnectedCallback()
      this.connectedCallback()
    }
  }
  registry.define(ELEMENT_TAG, Element)
}
