import { analyze, contentTerms } from './analyze.ts'
import { calibrated, confidence, DEFAULT_THRESHOLD } from './calibrate.ts'
import { indexKnowledgeBase } from './indexer.ts'
import { SynonymMap } from './synonyms.ts'
import { createScratch } from './tfidf.ts'
import type {
  FaqCandidate,
  FaqEntry,
  FaqKnowledgeBase,
  FaqMatch,
  FaqMatcher,
  FaqMatcherOptions,
} from './types.ts'

const MAX_ALTERNATIVES = 3
/** Share of the similarity taken by words; the rest is char 3-grams. */
const WORD_SHARE = 0.5
/** Queries are capped before analysis; no FAQ question needs more than this. */
const MAX_QUERY_LENGTH = 500

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

  const { words: wordIndex, grams: charIndex } = indexKnowledgeBase(entries, synonyms)
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
