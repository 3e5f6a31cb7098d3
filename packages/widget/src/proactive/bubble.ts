import type { Locale, ProactiveMessage } from '@chao/core'
import { safeHttpUrl } from '../chat/safe-url.ts'
import { addStyles } from '../host/add-styles.ts'
import type { AgentProactive } from '../live/page-views.ts'
import { renderInline } from './mini-markdown.ts'
import { playChime } from './sound.ts'

// The bubble is plain DOM (no Preact): it loads before intent, inside the 12 KB budget.
// Its strings are carried here for the same reason as the launcher's (bubble.test.ts checks
// them against core's catalogs).
export const BUBBLE_TEXT: Readonly<Record<Locale, { from: string; close: string; reply: string }>> =
  {
    vi: { from: 'Tin nhắn từ %{name}', close: 'Đóng tin nhắn', reply: 'Trả lời' },
    en: { from: 'Message from %{name}', close: 'Close message', reply: 'Reply' },
  }

const CSS = `.chao-pm{position:absolute;bottom:72px;right:0;width:max-content;max-width:min(300px,90vw);
box-sizing:border-box;padding:12px 32px 12px 14px;border-radius:var(--chao-radius);background:var(--chao-surface);
color:var(--chao-text);box-shadow:var(--chao-shadow);font:14px/1.45 var(--chao-font)}
:host([data-position=left]) .chao-pm{right:auto;left:0}
.chao-pm-from{display:block;color:var(--chao-muted);font-size:12px}
.chao-pm-body{cursor:pointer;overflow-wrap:anywhere}
.chao-pm a{color:var(--chao-accent)}
.chao-pm button{all:unset;cursor:pointer;color:var(--chao-accent)}
.chao-pm :focus-visible{outline:2px solid var(--chao-primary)}
.chao-pm-x{position:absolute;top:6px;right:10px}
.chao-pm-row{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.chao-pm-row button{padding:2px 10px;border:1px solid;border-radius:14px}
.chao-pm-card{display:block;margin-top:8px}`

export interface BubbleActions {
  /** The visitor clicked the message (`reply`: the quick reply they chose). */
  open(reply?: ProactiveMessage['quickReplies'][number]): void
  /** The visitor followed the link card. */
  follow(): void
  dismiss(): void
}

/**
 * Shows `message` next to the launcher and returns the function that removes it. The bubble
 * is a polite live region (announced without stealing focus), filled after it is in the page
 * so that screen readers announce it; its actions are buttons (Tab reaches them) and Escape
 * inside it dismisses it.
 */
export function showBubble(
  root: ShadowRoot,
  locale: Locale,
  message: ProactiveMessage,
  actions: BubbleActions,
): () => void {
  const doc = root.ownerDocument
  const text = BUBBLE_TEXT[locale]
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', parent: Node = box) =>
    parent.appendChild(Object.assign(doc.createElement(tag), { className }))
  const button = (label: string, run: () => void, parent: Node = row, className = '') => {
    const node = el('button', className, parent)
    node.type = 'button'
    node.textContent = label
    node.onclick = run
    return node
  }
  const removeStyles = addStyles(root, CSS)
  const box = root.appendChild(Object.assign(doc.createElement('div'), { className: 'chao-pm' }))
  box.setAttribute('role', 'status')
  box.onkeydown = (event) => event.key === 'Escape' && actions.dismiss()
  const { sender } = message
  if (sender.type === 'agent')
    el('b', 'chao-pm-from').textContent = text.from.replace('%{name}', sender.name)
  // Not a button: the text may hold links, which cannot nest in one. The Reply button is the
  // keyboard's way in; a click on the text (outside its links) does the same.
  const body = el('div', 'chao-pm-body')
  renderInline(doc, body, message.text)
  body.onclick = (event) => (event.target as Element).closest('a') || actions.open()
  const row = el('div', 'chao-pm-row')
  for (const reply of message.quickReplies) button(reply.label, () => actions.open(reply))
  if (message.quickReplies.length === 0) button(text.reply, () => actions.open())
  const url = message.link && safeHttpUrl(message.link.url)
  if (message.link && url) {
    const card = el('a', 'chao-pm-card')
    Object.assign(card, {
      href: url,
      target: '_blank',
      rel: 'noopener noreferrer',
      onclick: actions.follow,
    })
    card.textContent = message.link.title
  }
  button('×', actions.dismiss, box, 'chao-pm-x').setAttribute('aria-label', text.close)
  // Only when the rule asks for it (`"sound": true`; never for agents' messages).
  if (message.sound && doc.defaultView) playChime(doc.defaultView)
  return () => {
    box.remove()
    removeStyles()
  }
}

/** An agent's message from the console's Live visitors, shown like a rule's. */
export function agentMessage(frame: AgentProactive): ProactiveMessage {
  return {
    ruleId: `agent:${frame.id}`,
    text: frame.text,
    quickReplies: frame.quickReplies ?? [],
    link: null,
    sender: frame.agentName ? { type: 'agent', name: frame.agentName } : { type: 'bot' },
    delivery: 'bubble',
    sound: false,
  }
}
