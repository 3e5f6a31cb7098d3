import type { Vocabulary } from './vocabulary.ts'

/** Per-query scratch shared by the indexes of one matcher: scores and the docs touched. */
export interface Scratch {
  acc: Float64Array
  /** `stamp[doc] === epoch` marks a doc already in `touched` for this query. */
  stamp: Int32Array
  epoch: number
  touched: Int32Array
  count: number
}

export function createScratch(docCount: number): Scratch {
  return {
    acc: new Float64Array(docCount),
    stamp: new Int32Array(docCount),
    epoch: 0,
    touched: new Int32Array(docCount),
    count: 0,
  }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

/** Smoothed IDF: 1 for a term in every doc, growing as the term gets rarer. */
function idf(docCount: number, df: number): number {
  return Math.log((docCount + 1) / (df + 1)) + 1
}

/** 1 + ln(tf), the sublinear term frequency, tabulated for small tf (same values). */
const SUBLINEAR = Float64Array.from({ length: 64 }, (_, tf) => 1 + Math.log(tf))

function sublinear(tf: number): number {
  return tf < SUBLINEAR.length ? (SUBLINEAR[tf] as number) : 1 + Math.log(tf)
}

/**
 * Collects documents term by term (`add`, then `endDoc`), so a knowledge base streams into
 * its index without an array per entry or per question. Term ids come from the index's
 * vocabulary. Each doc is run-length encoded on the fly: `slot[id]` is where the current
 * doc keeps term `id`, valid while `seen[id]` is the doc (docs are numbered from 1, so the
 * initial zeros never match).
 */
export class TfidfBuilder {
  ids: Int32Array<ArrayBuffer> = new Int32Array(1024)
  tfs: Int32Array<ArrayBuffer> = new Int32Array(1024)
  length = 0
  readonly docStart: number[] = [0]
  private seen: Int32Array<ArrayBuffer> = new Int32Array(1024)
  private slot: Int32Array<ArrayBuffer> = new Int32Array(1024)

  /** Adds one occurrence of term `id` to the current doc. */
  add(id: number): void {
    while (id >= this.seen.length) {
      this.seen = grow(this.seen)
      this.slot = grow(this.slot)
    }
    const doc = this.docStart.length
    if (this.seen[id] === doc) (this.tfs[this.slot[id] as number] as number)++
    else {
      if (this.length === this.ids.length) {
        this.ids = grow(this.ids)
        this.tfs = grow(this.tfs)
      }
      this.seen[id] = doc
      this.slot[id] = this.length
      this.ids[this.length] = id
      this.tfs[this.length++] = 1
    }
  }

  endDoc(): void {
    this.docStart.push(this.length)
  }

  build<K>(vocab: Vocabulary<K>): TfidfIndex<K> {
    return new TfidfIndex(this, vocab)
  }
}

/**
 * Cosine similarity over TF-IDF vectors (sublinear tf, smoothed idf, L2-normalised), the
 * classic vector-space model. Unlike BM25's unbounded sum, a cosine is 0..1 whatever the
 * query length or corpus, so it can be thresholded. Query terms no document contains
 * still count in the query's norm with the highest IDF: a question about "weather" asked
 * to a bank's FAQ keeps a low score however many common words it shares. (A term the
 * vocabulary knows but no doc holds has df 0, so it gets that same IDF either way.)
 *
 * Postings are CSR typed arrays holding each doc's normalised weight, so a query is one
 * multiply-add per posting.
 */
export class TfidfIndex<K> {
  private readonly vocab: Vocabulary<K>
  private readonly boosts: Float64Array
  private readonly idfs: Float64Array
  private readonly maxIdf: number
  private readonly postStart: Int32Array
  private readonly postDoc: Int32Array
  private readonly postWeight: Float32Array

  constructor(built: TfidfBuilder, vocab: Vocabulary<K>) {
    const { ids, tfs, docStart } = built
    const n = docStart.length - 1
    this.vocab = vocab
    this.boosts = vocab.boosts()
    const distinct = built.length
    const v = vocab.size
    const df = new Int32Array(v + 1)
    for (let i = 0; i < distinct; i++) (df[(ids[i] as number) + 1] as number)++
    this.idfs = new Float64Array(v)
    for (let t = 0; t < v; t++) this.idfs[t] = idf(n, df[t + 1] as number)
    this.maxIdf = idf(n, 0)
    // df shifted by one, summed: the start of each term's postings.
    for (let t = 0; t < v; t++) df[t + 1] = (df[t + 1] as number) + (df[t] as number)
    this.postStart = df
    this.postDoc = new Int32Array(distinct)
    this.postWeight = new Float32Array(distinct)
    const fill = df.slice(0, v)
    // Each doc's weights, computed once for its norm and reused for its postings.
    let longest = 0
    for (let d = 0; d < n; d++) {
      longest = Math.max(longest, (docStart[d + 1] as number) - (docStart[d] as number))
    }
    const docWeights = new Float64Array(longest)
    for (let d = 0; d < n; d++) {
      const from = docStart[d] as number
      const to = docStart[d + 1] as number
      let norm = 0
      for (let i = from; i < to; i++) {
        const w = this.weight(ids[i] as number, tfs[i] as number)
        docWeights[i - from] = w
        norm += w * w
      }
      norm = Math.sqrt(norm) || 1
      for (let i = from; i < to; i++) {
        const p = (fill[ids[i] as number] as number)++
        this.postDoc[p] = d
        this.postWeight[p] = (docWeights[i - from] as number) / norm
      }
    }
  }

  private weight(termId: number, tf: number): number {
    return sublinear(tf) * (this.idfs[termId] as number) * (this.boosts[termId] as number)
  }

  /** Adds `scale` × the cosine of the query with every doc sharing a term into `scratch`. */
  addScores(keys: readonly K[], scale: number, scratch: Scratch): void {
    const counts = new Map<K, number>()
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
    const termIds: number[] = []
    const weights: number[] = []
    let norm = 0
    for (const [key, tf] of counts) {
      const id = this.vocab.get(key)
      const w = id < 0 ? sublinear(tf) * this.maxIdf * this.vocab.boost(key) : this.weight(id, tf)
      norm += w * w
      termIds.push(id)
      weights.push(w)
    }
    if (norm === 0) return
    const factor = scale / Math.sqrt(norm)
    const { acc, stamp, epoch, touched } = scratch
    for (let q = 0; q < termIds.length; q++) {
      const t = termIds[q] as number
      if (t < 0) continue
      const w = (weights[q] as number) * factor
      const end = this.postStart[t + 1] as number
      for (let p = this.postStart[t] as number; p < end; p++) {
        const d = this.postDoc[p] as number
        if (stamp[d] !== epoch) {
          stamp[d] = epoch
          acc[d] = 0
          touched[scratch.count++] = d
        }
        acc[d] = (acc[d] as number) + w * (this.postWeight[p] as number)
      }
    }
  }
}
