import type { QuickReply } from '@chao/protocol'

/** One button of the start menu, shown with the greeting. */
export interface MenuItem {
  label: string
  /** Asked as the visitor's question when chosen; defaults to `label`. */
  text?: string
  /** Routing hint: choosing the item hands over to this department's agents. */
  department?: string
}

const HANDOFF = 'handoff'
const MAX_ITEMS = 8

/** Quick-reply action that hands over to a human, optionally routed to a department. */
export function handoffAction(department?: string): string {
  return department ? `${HANDOFF}:${department}` : HANDOFF
}

/** `{ department? }` for a handoff action, null for any other action. */
export function handoffOfAction(action: string | undefined): { department?: string } | null {
  if (action === HANDOFF) return {}
  return action?.startsWith(`${HANDOFF}:`) ? { department: action.slice(HANDOFF.length + 1) } : null
}

export function menuReplies(menu: readonly MenuItem[]): QuickReply[] {
  return menu.map(({ label, text, department }) => {
    const reply: QuickReply = { label, text: text ?? label }
    if (department) reply.action = handoffAction(department)
    return reply
  })
}

const FIELDS = ['label', 'text', 'department']
const isText = (x: unknown) => typeof x === 'string' && x.trim() !== '' && x.length <= 200

/**
 * Validates a site's start menu (`menu: [{ label, text?, department? }]`). A bad item is
 * dropped with one problem naming it, so a typo never costs the whole menu.
 */
export function cleanMenu(input: unknown): { value: MenuItem[]; problems: string[] } {
  const list: unknown[] = Array.isArray(input) ? input : [input]
  const problems: string[] = []
  const value = list.filter((raw, i): raw is MenuItem => {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
    const ok =
      i < MAX_ITEMS &&
      isText(item.label) &&
      (item.text === undefined || isText(item.text)) &&
      (item.department === undefined || /^[\w-]{1,40}$/.test(String(item.department))) &&
      Object.keys(item).every((key) => FIELDS.includes(key))
    if (!ok) {
      problems.push(
        `menu[${i}] is left out: ${JSON.stringify(raw)}. Items are { label, text?, department? } (texts; department: letters, digits, - or _), at most ${MAX_ITEMS}.`,
      )
    }
    return ok
  })
  return { value, problems }
}
