import { MAX_TEXT_LENGTH } from '@chao/protocol'

/**
 * Trims a visitor's text and caps it at `MAX_TEXT_LENGTH` UTF-16 units without cutting an
 * emoji (surrogate pair) in half. Returns '' for blank input.
 */
export function cleanVisitorText(text: string): string {
  const trimmed = text.trim()
  if (trimmed.length <= MAX_TEXT_LENGTH) return trimmed
  let end = MAX_TEXT_LENGTH
  const last = trimmed.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return trimmed.slice(0, end).trimEnd()
}
