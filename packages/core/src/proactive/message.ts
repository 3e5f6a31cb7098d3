import type { LocalizedText, ProactiveMessage, ProactiveRule } from './types.ts'

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*(?:\|([^}]*))?\}\}/g

/** Attribute values are data, not markup: a name like `*Bob*` must not turn bold. */
const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&')

/**
 * Fills `{{name}}` from the visitor's attributes and `{{name|fallback}}` with the fallback when
 * the attribute is missing or blank. A missing one without fallback becomes ''. Values are
 * escaped when the template is markdown.
 */
export function fillPlaceholders(
  template: string,
  attributes: Readonly<Record<string, unknown>>,
  markdown = true,
): string {
  return template.replace(PLACEHOLDER, (_, name: string, fallback: string | undefined) => {
    const value = attributes[name]
    const text =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value).trim()
        : ''
    if (text === '') return fallback?.trim() ?? ''
    return markdown ? escapeMarkdown(text) : text
  })
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? ''

/** The text for `language`: exact tag, then its primary subtag, then English, then the first. */
export function pickLocale(text: LocalizedText, language: string): string {
  if (typeof text === 'string') return text
  const lang = language.toLowerCase()
  const entries = Object.entries(text)
  const found =
    entries.find(([tag]) => tag.toLowerCase() === lang) ??
    entries.find(([tag]) => primary(tag) === primary(lang)) ??
    entries.find(([tag]) => primary(tag) === 'en') ??
    entries[0]
  return found?.[1] ?? ''
}

/** Turns a rule's message spec into what the widget renders. */
export function renderMessage(
  rule: ProactiveRule,
  language: string,
  attributes: Readonly<Record<string, unknown>>,
): ProactiveMessage {
  // Only the message text is markdown; labels and titles are plain text.
  const localize = (text: LocalizedText, markdown = false) =>
    fillPlaceholders(pickLocale(text, language), attributes, markdown)
  const { text, quickReplies = [], link, sender = { type: 'bot' } } = rule.message
  return {
    ruleId: rule.id,
    text: localize(text, true),
    quickReplies: quickReplies.map((reply) => ({
      label: localize(reply.label),
      ...(reply.text === undefined ? {} : { text: localize(reply.text) }),
      ...(reply.action === undefined ? {} : { action: reply.action }),
    })),
    link: link ? { title: localize(link.title), url: link.url } : null,
    sender,
    delivery: rule.delivery?.mode ?? 'bubble',
    sound: rule.delivery?.sound ?? false,
  }
}
