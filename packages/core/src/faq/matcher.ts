import { analyze, contentTerms, createAnalysisCache, GRAM_KEY_SPACE } from './analyze.ts'
import { calibrated, confidence, DEFAULT_THRESHOLD } from './calibrate.ts'
import { FUNCTION_WORDS } from './stopwords.ts'
import { SynonymMap } from './synonyms.ts'
import { createScratch, TfidfBuilder } from './tfidf.ts'
import type {
  FaqCandidate,
  FaqEntry,
  FaqKnowledgeBase,
  FaqMatch,
  FaqMatcher,
  FaqMatcherOptions,
} from './types.ts'
import { denseVocabulary, stringVocabulary } from './vocabulary.ts'

const MAX_ALTERNATIVES = 3
/** Share of the similarity taken by words; the rest is char 3-grams. */
const WORD_SHARE = 0.5
/** Bigrams add evidence of word order and compounds but should not outweigh the words. */
const BIGRAM_BOOST = 0.5
/** Queries are capped before analysis; no FAQ question needs more than this. */
const MAX_QUERY_LENGTH = 500

/** Weight of a function word ("tôi", "how"), and of a bigram made only of them. */
const FUNCTION_WORD_BOOST = 0.3

function wordBoost(key: string): number {
  const space = key.indexOf(' ')
  if (space < 0) return FUNCTION_WORDS.has(key) ? FUNCTION_WORD_BOOST : 1
  const both = FUNCTION_WORDS.has(key.slice(0, space)) && FUNCTION_WORDS.has(key.slice(space + 1))
  return BIGRAM_BOOST * (both ? FUNCTION_WORD_BOOST : 1)
}

const NO_MATCH: FaqMatch = { entry: null, score: 0, confident: false, alternatives: [] }

/**
 * Builds a lexical FAQ matcher. Each entry is ONE document made of all its questions
 * (their terms pooled), so the phrasings complement each other: "where" from one, "card
 * arrive" from another. A query is scored against every entry sharing a term by the
 * cosine of TF-IDF vectors over word unigrams + bigrams and over char 3-grams, averaged;
 * the calibrated score and the margin to the runner-up decide whether to answer.
 */
export function createFaqMatcher(
  kb: FaqKnowledgeBase,
  options: FaqMatcherOptions = {},
): FaqMatcher {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const synonyms = new SynonymMap(
    (kb.synonyms ?? []).map((group) => group.map((phrase) => contentTerms(phrase))),
  )
  const entries = kb.entries
  const byId = new Map(entries.map((entry) => [entry.id, entry]))

  const wordVocab = stringVocabulary()
  const gramVocab = denseVocabulary(GRAM_KEY_SPACE)
  const wordBuilder = new TfidfBuilder(wordVocab, wordBoost)
  const charBuilder = new TfidfBuilder(gramVocab, () => 1)
  const cache = createAnalysisCache()
  for (const entry of entries) {
    for (const question of entry.questions) {
      const analysis = analyze(question, synonyms, cache)
      for (const key of analysis.words) wordBuilder.add(wordVocab.intern(key), key)
      for (const key of analysis.grams) charBuilder.add(gramVocab.intern(key), key)
    }
    wordBuilder.endDoc()
    charBuilder.endDoc()
  }
  const wordIndex = wordBuilder.build()
  const charIndex = charBuilder.build()
  const scratch = createScratch(entries.length)

  function match(text: string): FaqMatch {
    const analysis = analyze(text.slice(0, MAX_QUERY_LENGTH), synonyms)
    if (analysis.words.length === 0 || entries.length === 0) return NO_MATCH
    scratch.epoch++
    scratch.count = 0
    wordIndex.addScores(analysis.words, WORD_SHARE, scratch)
    charIndex.addScores(analysis.grams, 1 - WORD_SHARE, scratch)
    const top = topK(scratch.touched.subarray(0, scratch.count), scratch.acc, MAX_ALTERNATIVES + 1)
    const best = top[0]
    if (best === undefined) return NO_MATCH
    const raw = (e: number) => scratch.acc[e] as number
    const score = confidence(raw(best), top[1] === undefined ? 0 : raw(top[1]))
    const confident = score >= threshold
    const candidates: FaqCandidate[] = top.map((e) => ({
      entry: entries[e] as FaqEntry,
      score: calibrated(raw(e)),
    }))
    return {
      entry: confident ? (entries[best] as FaqEntry) : null,
      score,
      confident,
      alternatives: candidates.slice(confident ? 1 : 0, (confident ? 1 : 0) + MAX_ALTERNATIVES),
    }
  }

  return { match, getEntry: (id) => byId.get(id) }
}

/** Indices of the k highest scores, best first (ties: lower index first); insertion. */
function topK(items: Int32Array, scores: Float64Array, k: number): number[] {
  const top: number[] = []
  for (const item of items) {
    const s = scores[item] as number
    if (s <= 0) continue
    const last = top[top.length - 1]
    if (top.length === k && last !== undefined && !better(item, s, last, scores)) continue
    let i = top.length < k ? top.length : k - 1
    while (i > 0 && better(item, s, top[i - 1] as number, scores)) {
      top[i] = top[i - 1] as number
      i--
    }
    top[i] = item
  }
  return top
}

function better(item: number, s: number, other: number, scores: Float64Array): boolean {
  const o = scores[other] as number
  return s > o || (s === o && item < other)
}
