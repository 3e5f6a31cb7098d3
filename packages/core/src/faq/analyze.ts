import { expandAbbreviation, tokenize } from './normalize.ts'
import { stem } from './stem.ts'
import { STOP_WORDS } from './stopwords.ts'
import type { SynonymMap } from './synonyms.ts'

/** What the matcher indexes for one text. */
export interface Analysis {
  /** Unigrams then word bigrams ("giao hang"), synonyms canonicalised. Repeats kept (tf). */
  words: string[]
  /** Character 3-grams of the same terms, packed into numbers (see `packTrigram`). */
  grams: number[]
}

/** Content terms: tokens without stop words, stemmed, abbreviations reached by stemming expanded. */
export function contentTerms(text: string): string[] {
  const terms: string[] = []
  for (const token of tokenize(text)) {
    if (STOP_WORDS.has(token)) continue
    const stemmed = stem(token)
    if (stemmed === token) {
      terms.push(token)
      continue
    }
    const expanded = expandAbbreviation(stemmed)
    if (expanded) {
      for (const t of expanded) if (!STOP_WORDS.has(t)) terms.push(t)
    } else if (!STOP_WORDS.has(stemmed)) {
      terms.push(stemmed)
    }
  }
  return terms
}

/** Packed grams are below this, so a typed array can intern them (see `denseVocabulary`). */
export const GRAM_KEY_SPACE = 1 << 18

/**
 * 6 bits per character: space, a–z and 0–9 exactly; anything else (folded text is nearly
 * all ASCII) shares the remaining 27 slots, a harmless collision for a fuzzy signal.
 */
function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 96
  if (code >= 48 && code <= 57) return code - 21
  if (code === 32) return 0
  return 37 + (code % 27)
}

/**
 * Character 3-grams over " term term ", so a typo ("giao hagn") still shares most grams
 * with the right words. Spaces at the edges let short words contribute whole-word grams.
 */
export function charTrigrams(terms: readonly string[]): number[] {
  if (terms.length === 0) return []
  const s = ` ${terms.join(' ')} `
  const grams: number[] = []
  // Rolling pack: each gram is the previous one shifted by one 6-bit symbol.
  let code = (symbol(s.charCodeAt(0)) << 6) | symbol(s.charCodeAt(1))
  for (let i = 2; i < s.length; i++) {
    code = ((code << 6) | symbol(s.charCodeAt(i))) & (GRAM_KEY_SPACE - 1)
    grams.push(code)
  }
  return grams
}

export function wordFeatures(terms: readonly string[]): string[] {
  const words = terms.slice()
  for (let i = 0; i + 1 < terms.length; i++) words.push(`${terms[i]} ${terms[i + 1]}`)
  return words
}

export function analyze(text: string, synonyms: SynonymMap): Analysis {
  // Grams come from the canonical terms too, so "mấy ngày" and "bao lâu" agree on both.
  const terms = synonyms.apply(contentTerms(text))
  return { words: wordFeatures(terms), grams: charTrigrams(terms) }
}
