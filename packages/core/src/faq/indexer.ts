import { charTrigrams, GRAM_KEY_SPACE, termsOfToken } from './analyze.ts'
import { tokenize } from './normalize.ts'
import type { SynonymMap } from './synonyms.ts'
import { TfidfBuilder, type TfidfIndex } from './tfidf.ts'
import type { FaqEntry } from './types.ts'
import { DenseVocabulary, WordVocabulary } from './vocabulary.ts'

/** A distinct term, analysed once per knowledge base. */
interface Term {
  text: string
  /** Unigram id in the word vocabulary. */
  id: number
  /** Ids of its char 3-grams in the gram vocabulary, in order, repeats kept. */
  grams: readonly number[]
}

export interface KbIndexes {
  words: TfidfIndex<string>
  grams: TfidfIndex<number>
}

/**
 * Indexes a knowledge base: each entry is one document of all its questions' features,
 * exactly what `analyze` gives for the same text (unigrams then bigrams; char 3-grams of
 * each term), but derived as ids: FAQ questions repeat their words, so each distinct token
 * is tokenized into terms, each term interned and grammed, only once; bigrams are interned
 * from the pair of unigram ids; features stream into the builders with no per-question
 * arrays besides the tokens and a reused term list.
 *
 * A term is interned when first seen, even if a synonym then replaces it and no doc ever
 * holds it: its df is 0, which scores exactly like a term the vocabulary lacks.
 */
export function indexKnowledgeBase(entries: readonly FaqEntry[], synonyms: SynonymMap): KbIndexes {
  const words = new WordVocabulary()
  const grams = new DenseVocabulary(GRAM_KEY_SPACE)
  const wordBuilder = new TfidfBuilder()
  const gramBuilder = new TfidfBuilder()
  const termsByText = new Map<string, Term>()
  const termsByToken = new Map<string, readonly Term[]>()

  const termOf = (text: string): Term => {
    let term = termsByText.get(text)
    if (term === undefined) {
      const id = words.unigram(text)
      term = { text, id, grams: charTrigrams(text).map((gram) => grams.intern(gram)) }
      termsByText.set(text, term)
    }
    return term
  }

  const hasSynonyms = synonyms.size > 0
  let terms: Term[] = []
  for (const entry of entries) {
    for (const question of entry.questions) {
      terms.length = 0
      for (const token of tokenize(question)) {
        let ofToken = termsByToken.get(token)
        if (ofToken === undefined) {
          ofToken = termsOfToken(token).map(termOf)
          termsByToken.set(token, ofToken)
        }
        for (const term of ofToken) terms.push(term)
      }
      if (hasSynonyms) terms = synonyms.apply(terms.map((t) => t.text)).map(termOf)
      // The order `analyze` gives: unigrams, then bigrams.
      for (const term of terms) wordBuilder.add(term.id)
      for (let i = 0; i + 1 < terms.length; i++) {
        wordBuilder.add(words.bigram((terms[i] as Term).id, (terms[i + 1] as Term).id))
      }
      for (const term of terms) for (const gram of term.grams) gramBuilder.add(gram)
    }
    wordBuilder.endDoc()
    gramBuilder.endDoc()
  }
  return { words: wordBuilder.build(words), grams: gramBuilder.build(grams) }
}
