import { expandAbbreviation, tokenize } from './normalize.ts'
import { stem } from './stem.ts'
import { FILLERS } from './stopwords.ts'
import type { SynonymMap } from './synonyms.ts'

/** What the matcher indexes for one text. */
export interface Analysis {
  /** Unigrams then word bigrams ("giao hang"), synonyms canonicalised. Repeats kept (tf). */
  words: string[]
  /** Character 3-grams of each term, packed into numbers (see `charTrigrams`). */
  grams: number[]
}

/** Terms of one token: none for a filler, else its stem, or the expansion the stem names. */
export function termsOfToken(token: string): readonly string[] {
  if (FILLERS.has(token)) return []
  const stemmed = stem(token)
  return (stemmed === token ? undefined : expandAbbreviation(stemmed)) ?? [stemmed]
}

/**
 * The terms of a text: tokens without fillers, stemmed, abbreviations reached by
 * stemming expanded ("shipping" → "ship" → "giao hang"). Function words such as "how",
 * "why", "không", "được" are kept: they tell "why was my card declined" from "how do I
 * get a card", and IDF already makes them cheap.
 */
export function contentTerms(text: string): string[] {
  const terms: string[] = []
  for (const token of tokenize(text)) for (const term of termsOfToken(token)) terms.push(term)
  return terms
}

/** Packed grams are below this, so a typed array can intern them (see `DenseVocabulary`). */
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
 * Character 3-grams of a term padded with spaces (" giao " → " gi", "gia", "iao", "ao "),
 * so a typo ("giao hagn"), a missing or extra space ("cap quang"/"capquang") or an
 * unstemmed form ("activation"/"activate") still shares most grams with the right word.
 * Grams stay inside a term: grams across a word boundary only add noise.
 */
export function charTrigrams(term: string): number[] {
  const grams: number[] = []
  let code = 0 // the leading space is symbol 0
  for (let i = 0; i <= term.length; i++) {
    const next = i < term.length ? symbol(term.charCodeAt(i)) : 0
    code = ((code << 6) | next) & (GRAM_KEY_SPACE - 1)
    if (i >= 1) grams.push(code)
  }
  return grams
}

/** Unigrams, then adjacent pairs: Vietnamese words are mostly two syllables ("giao hàng"). */
export function wordFeatures(terms: readonly string[]): string[] {
  const words = terms.slice()
  for (let i = 0; i + 1 < terms.length; i++) words.push(`${terms[i]} ${terms[i + 1]}`)
  return words
}

/**
 * The features of a query. Knowledge base questions go through `indexKnowledgeBase`
 * instead, which derives the same features as term ids without building these strings.
 */
export function analyze(text: string, synonyms: SynonymMap): Analysis {
  // Grams come from the canonical terms too, so "mấy ngày" and "bao lâu" agree on both.
  const terms = synonyms.apply(contentTerms(text))
  const grams: number[] = []
  for (const term of terms) for (const x of charTrigrams(term)) grams.push(x)
  return { words: wordFeatures(terms), grams }
}
