import { analyze, contentTerms, GRAM_KEY_SPACE } from './analyze.ts'
import {
  Bm25Index,
  createScratch,
  denseVocabulary,
  type Scratch,
  stringVocabulary,
} from './bm25.ts'
import { confidence, DEFAULT_THRESHOLD, similarity, unionSimilarity } from './calibrate.ts'
import { coverage, unionCoverage, type WeightedQuery, weighQuery } from './coverage.ts'
import { SynonymMap } from './synonyms.ts'
import type {
  FaqCandidate,
  FaqEntry,
  FaqKnowledgeBase,
  FaqMatch,
  FaqMatcher,
  FaqMatcherOptions,
} from './types.ts'

/** Entries re-scored with calibrated similarity after BM25 retrieval. */
const CANDIDATES = 8
const MAX_ALTERNATIVES = 3
/** Share of the fused BM25 score taken by the word index; the rest is char 3-grams. */
const FUSION_WORD_WEIGHT = 0.6
/** Bigrams add evidence of word order but should not outweigh the words themselves. */
const BIGRAM_WEIGHT = 0.5
/** Queries are capped before analysis; no FAQ question needs more than this. */
const MAX_QUERY_LENGTH = 500

const NO_MATCH: FaqMatch = { entry: null, score: 0, confident: false, alternatives: [] }

/**
 * Builds a lexical FAQ matcher: BM25 over word unigrams + bigrams and BM25 over char
 * 3-grams retrieve candidates (max-normalised, weighted sum, best question per entry),
 * then calibrated coverage picks the answer and decides whether it is safe to give.
 */
export function createFaqMatcher(
  kb: FaqKnowledgeBase,
  options: FaqMatcherOptions = {},
): FaqMatcher {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const synonyms = new SynonymMap((kb.synonyms ?? []).map((group) => group.map(contentTerms)))
  const entries = kb.entries
  const byId = new Map(entries.map((entry) => [entry.id, entry]))

  // Every question is one document; an entry's questions are contiguous.
  const entryDocStart = new Int32Array(entries.length + 1)
  const docEntry: number[] = []
  const words: string[][] = []
  const grams: number[][] = []
  entries.forEach((entry, e) => {
    for (const question of entry.questions) {
      const analysis = analyze(question, synonyms)
      words.push(analysis.words)
      grams.push(analysis.grams)
      docEntry.push(e)
    }
    entryDocStart[e + 1] = docEntry.length
  })
  const wordIndex = new Bm25Index(words, stringVocabulary())
  const charIndex = new Bm25Index(grams, denseVocabulary(GRAM_KEY_SPACE))
  const isBigram = new Uint8Array(wordIndex.termCount)
  wordIndex.forEachTerm((key, id) => {
    isBigram[id] = key.includes(' ') ? 1 : 0
  })
  const wordWeight = (id: number) => wordIndex.idf(id) * (isBigram[id] ? BIGRAM_WEIGHT : 1)
  const charWeight = (id: number) => charIndex.idf(id)

  const wordScratch = createScratch(docEntry.length)
  const charScratch = createScratch(docEntry.length)
  const entryScore = new Float64Array(entries.length)
  const entryStamp = new Int32Array(entries.length)
  let epoch = 0

  function retrieve(wordQuery: WeightedQuery, charQuery: WeightedQuery): number[] {
    epoch++
    wordScratch.epoch = charScratch.epoch = epoch
    wordScratch.count = charScratch.count = 0
    wordIndex.accumulate(wordQuery.ids, wordScratch)
    charIndex.accumulate(charQuery.ids, charScratch)
    const wordMax = maxScore(wordScratch)
    const charMax = maxScore(charScratch)
    const touched: number[] = []
    const visit = (d: number) => {
      const w = wordScratch.stamp[d] === epoch ? (wordScratch.acc[d] as number) / wordMax : 0
      const c = charScratch.stamp[d] === epoch ? (charScratch.acc[d] as number) / charMax : 0
      const fused = FUSION_WORD_WEIGHT * w + (1 - FUSION_WORD_WEIGHT) * c
      const e = docEntry[d] as number
      if (entryStamp[e] !== epoch) {
        entryStamp[e] = epoch
        entryScore[e] = fused
        touched.push(e)
      } else if (fused > (entryScore[e] as number)) entryScore[e] = fused
    }
    for (let i = 0; i < wordScratch.count; i++) visit(wordScratch.touched[i] as number)
    for (let i = 0; i < charScratch.count; i++) visit(charScratch.touched[i] as number)
    return topK(touched, entryScore, CANDIDATES)
  }

  function entrySimilarity(e: number, wordQuery: WeightedQuery, charQuery: WeightedQuery): number {
    const from = entryDocStart[e] as number
    const to = entryDocStart[e + 1] as number
    let best = 0
    for (let d = from; d < to; d++) {
      const sim = similarity(
        coverage(wordIndex, wordQuery, d, wordWeight),
        coverage(charIndex, charQuery, d, charWeight),
      )
      if (sim > best) best = sim
    }
    const union = unionSimilarity(
      unionCoverage(wordIndex, wordQuery, from, to),
      unionCoverage(charIndex, charQuery, from, to),
    )
    return Math.max(best, union)
  }

  function match(text: string): FaqMatch {
    const analysis = analyze(text.slice(0, MAX_QUERY_LENGTH), synonyms)
    if (analysis.words.length === 0 || entries.length === 0) return NO_MATCH
    const wordQuery = weighQuery(wordIndex, analysis.words, (key, id) =>
      key.includes(' ') ? wordIndex.idf(id) * BIGRAM_WEIGHT : wordIndex.idf(id),
    )
    const charQuery = weighQuery(charIndex, analysis.grams, (_key, id) => charIndex.idf(id))
    const candidates: FaqCandidate[] = retrieve(wordQuery, charQuery)
      .map((e) => ({
        entry: entries[e] as FaqEntry,
        score: entrySimilarity(e, wordQuery, charQuery),
      }))
      .filter((candidate) => candidate.score > 0)
    // Stable sort: equal similarity keeps the BM25 order.
    candidates.sort((a, b) => b.score - a.score)
    const [best, ...rest] = candidates
    if (!best) return NO_MATCH
    const score = confidence(best.score, rest[0]?.score ?? 0)
    const confident = score >= threshold
    return {
      entry: confident ? best.entry : null,
      score,
      confident,
      alternatives: (confident ? rest : candidates).slice(0, MAX_ALTERNATIVES),
    }
  }

  return { match, getEntry: (id) => byId.get(id) }
}

function maxScore(scratch: Scratch): number {
  let max = 0
  for (let i = 0; i < scratch.count; i++) {
    const s = scratch.acc[scratch.touched[i] as number] as number
    if (s > max) max = s
  }
  return max || 1
}

/** Indices of the k highest scores, best first; insertion into a k-long list. */
function topK(items: readonly number[], scores: Float64Array, k: number): number[] {
  const top: number[] = []
  for (const item of items) {
    const s = scores[item] as number
    if (top.length === k && s <= (scores[top[k - 1] as number] as number)) continue
    let i = top.length < k ? top.length : k - 1
    while (i > 0 && (scores[top[i - 1] as number] as number) < s) {
      top[i] = top[i - 1] as number
      i--
    }
    top[i] = item
  }
  return top
}
