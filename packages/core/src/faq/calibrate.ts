/**
 * Calibration: turns the raw similarity of the query to an entry (a cosine, 0..1) into a
 * score whose value means the same for every knowledge base, and decides when to answer.
 *
 * The raw similarity is half the cosine of word TF-IDF vectors (meaning) and half the
 * cosine of char 3-gram vectors (typos, word forms). On the evaluation sets (four English
 * intent benchmarks and a Vietnamese support set, `bench/faq/curve.mjs`), right answers
 * and out-of-scope questions cross at nearly the same raw value on every set, ~0.2–0.25;
 * that point is mapped to 0.5: `score = 1 − 2^(−raw / RAW_AT_HALF)`,
 * monotone, so ranking is unchanged and a score can be read as "how sure".
 *
 * When the runner-up entry is nearly as similar the answer is a coin toss, so the score
 * is lowered (see `confidence`).
 *
 * The default threshold sits above that crossing point: it is the lowest (to two decimals)
 * at which the bot declines ≥ 80% of the out-of-scope questions on every evaluation set
 * (issue 5's honesty bar; the hardest set is banking77-oos, whose out-of-scope questions
 * are banking questions the KB does not cover). A declined question still gets the closest
 * entries as "Did you mean …?", one tap away; a wrong confident answer misleads. Other
 * confidences were measured (no tie penalty, coverage of the query's IDF mass by the best
 * entry, the entry's own leave-one-out similarity, a logistic fit of these): each traded
 * answered for wrong answers along the same curve, none did better at any threshold.
 */

const RAW_AT_HALF = 0.16
const TIE_PENALTY = 0.4
const SAFE_GAP = 0.1
/** A runner-up this sure on its own, within NEAR_TIE (relative) of the best, is a real tie. */
const STRONG = 0.85
const NEAR_TIE = 0.12

export const DEFAULT_THRESHOLD = 0.58

/** Similarity on the calibrated 0..1 scale (what alternatives report). */
export function calibrated(raw: number): number {
  return raw > 0 ? 1 - 2 ** (-raw / RAW_AT_HALF) : 0
}

/**
 * Calibrated confidence of the best entry given the runner-up's raw similarity. A close
 * runner-up scales the score down by up to TIE_PENALTY (a raw gap of SAFE_GAP or more
 * costs nothing). Two entries that both match strongly and nearly equally ("giao hàng"
 * to "shipping fee" and "shipping time") are a question the visitor must settle, so
 * that near-tie is halved below any sensible threshold and both are offered instead.
 */
export function confidence(best: number, runnerUp: number): number {
  const gap = Math.min(1, Math.max(0, (best - runnerUp) / SAFE_GAP))
  const score = calibrated(best) * (1 - TIE_PENALTY * (1 - gap))
  const strongTie = calibrated(runnerUp) >= STRONG && best - runnerUp < NEAR_TIE * best
  return strongTie ? score / 2 : score
}
