import { ABBREVIATIONS } from './abbreviations.ts'
import { FOLD_SKIP, foldCode } from './fold-table.ts'

const COMBINING_MARKS = /\p{M}+/gu

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false
  return true
}

/**
 * Folds Vietnamese (and other Latin) diacritics: NFD splits "ế" into "e" plus marks, the
 * marks are dropped, and "đ", which has no decomposition, becomes "d". Expects lowercase.
 */
export function foldDiacritics(text: string): string {
  if (isAscii(text)) return text
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd')
}

// Expansions folded once, so tokenizing stays a map lookup per token.
const EXPANSIONS: ReadonlyMap<string, string[]> = new Map(
  [...ABBREVIATIONS].map(([key, value]) => [key, foldDiacritics(value).split(' ')]),
)

/**
 * Expands a folded abbreviation ("dc" → ["duoc"]); also used after stemming, so
 * "shipping" → "ship" → ["giao", "hang"].
 */
export function expandAbbreviation(folded: string): readonly string[] | undefined {
  return EXPANSIONS.get(folded)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** ASCII letters and digits are word units; every other ASCII unit separates words. */
function isAsciiWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
}

/**
 * Splits text into folded tokens: lowercase, diacritics folded, punctuation removed,
 * abbreviations expanded. One pass over UTF-16 units with a per-unit fold table, so
 * precomposed (NFC) and decomposed (NFD) input give the same tokens. Folding first means
 * "đc" and "dc" need a single table entry; no key is the folded form of a real word, so
 * this equals expanding before folding. Stop words and stems are kept; `analyze` derives
 * the matcher's terms from these.
 *
 * ASCII fast path: the token so far is `head` followed by the run text[runStart, i) of
 * ASCII letters and digits, which is sliced (and lowercased, exactly what `foldCode` does
 * to ASCII) only when the run ends, so an ASCII word costs one slice rather than one
 * concatenation per character. Any other unit closes the run into `head` first.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  let head = ''
  let runStart = -1
  let runUpper = false
  const closeRun = (end: number): string => {
    if (runStart < 0) return head
    const run = text.slice(runStart, end)
    runStart = -1
    return head + (runUpper ? run.toLowerCase() : run)
  }
  const flush = (end: number) => {
    const token = closeRun(end)
    head = ''
    if (token === '') return
    const expanded = EXPANSIONS.get(token)
    if (expanded) for (const t of expanded) tokens.push(t)
    else tokens.push(token)
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      if (isAsciiWordUnit(code)) {
        if (runStart < 0) {
          runStart = i
          runUpper = false
        }
        if (code <= 90 && code >= 65) runUpper = true
        continue
      }
      // "30.000đ" and "1,5" are one number, not two tokens.
      const last = runStart >= 0 ? text.charCodeAt(i - 1) : head.charCodeAt(head.length - 1)
      if ((code === 46 || code === 44) && isDigit(last) && isDigit(text.charCodeAt(i + 1))) {
        head = closeRun(i)
      } else {
        flush(i)
      }
      continue
    }
    const folded = foldCode(code)
    if (folded === FOLD_SKIP) head = closeRun(i)
    else if (folded !== '') head = closeRun(i) + folded
    else flush(i)
  }
  flush(text.length)
  return tokens
}

/**
 * The normalised form of a text: its folded, abbreviation-expanded tokens joined by single
 * spaces. "Phí ship bn vậy?" → "phi giao hang bao nhieu vay".
 */
export function normalizeText(text: string): string {
  return tokenize(text).join(' ')
}
