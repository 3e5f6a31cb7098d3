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

/**
 * Splits text into folded tokens: lowercase, diacritics folded, punctuation removed,
 * abbreviations expanded. One pass over UTF-16 units with a per-unit fold table, so
 * precomposed (NFC) and decomposed (NFD) input give the same tokens. Folding first means
 * "đc" and "dc" need a single table entry; no key is the folded form of a real word, so
 * this equals expanding before folding. Stop words and stems are kept; `analyze` derives
 * the matcher's terms from these.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  let current = ''
  const flush = () => {
    if (current === '') return
    const expanded = EXPANSIONS.get(current)
    if (expanded) tokens.push(...expanded)
    else tokens.push(current)
    current = ''
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const folded = foldCode(code)
    if (folded === FOLD_SKIP) continue
    if (folded !== '') {
      current += folded
    } else if (
      // "30.000đ" and "1,5" are one number, not two tokens.
      (code === 46 || code === 44) &&
      isDigit(current.charCodeAt(current.length - 1)) &&
      isDigit(text.charCodeAt(i + 1))
    ) {
    } else {
      flush()
    }
  }
  flush()
  return tokens
}

/**
 * The normalised form of a text: its folded, abbreviation-expanded tokens joined by single
 * spaces. "Phí ship bn vậy?" → "phi giao hang bao nhieu vay".
 */
export function normalizeText(text: string): string {
  return tokenize(text).join(' ')
}
