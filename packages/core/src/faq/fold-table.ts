/**
 * Per-UTF-16-unit folding for the tokenizer: lowercase, diacritics stripped, "đ" → "d".
 * An empty string marks a separator (punctuation, spaces, symbols); combining marks map
 * to FOLD_SKIP so decomposed (NFD) input folds exactly like precomposed input.
 */
export const FOLD_SKIP = '\u0000'

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const MARK = /^\p{M}$/u

// Covers Latin, Latin Extended and Vietnamese (U+1EA0–U+1EF9).
const TABLE_SIZE = 0x2000
let table: string[] | undefined

function foldUnit(code: number): string {
  const ch = String.fromCharCode(code)
  if (MARK.test(ch)) return FOLD_SKIP
  // Lone surrogates (emoji, rare scripts) separate words rather than join them.
  if (!LETTER_OR_DIGIT.test(ch)) return ''
  return ch
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
}

/** Folded form of one UTF-16 unit; the table fills lazily, never at import time. */
export function foldCode(code: number): string {
  if (code >= TABLE_SIZE) return foldUnit(code) // beyond Latin and Vietnamese: uncached
  table ??= new Array<string>(TABLE_SIZE)
  let folded = table[code]
  if (folded === undefined) {
    folded = foldUnit(code)
    table[code] = folded
  }
  return folded
}
