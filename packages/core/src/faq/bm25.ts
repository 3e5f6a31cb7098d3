const K1 = 1.2
const B = 0.75

/** Per-query scratch of one index: scores and the docs touched, reused across queries. */
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

/** Maps keys to dense term ids while an index is built, and looks them up afterwards. */
export interface Vocabulary<K> {
  readonly size: number
  /** The key's id, assigning the next one if new. */
  intern(key: K): number
  /** The key's id, or -1. */
  get(key: K): number
  forEach(callback: (key: K, termId: number) => void): void
}

export function stringVocabulary(): Vocabulary<string> {
  const ids = new Map<string, number>()
  return {
    get size() {
      return ids.size
    },
    intern(key) {
      let id = ids.get(key)
      if (id === undefined) {
        id = ids.size
        ids.set(key, id)
      }
      return id
    },
    get: (key) => ids.get(key) ?? -1,
    forEach(callback) {
      for (const [key, id] of ids) callback(key, id)
    },
  }
}

/** For small integer keys (packed char grams): a typed array instead of a hash map. */
export function denseVocabulary(keySpace: number): Vocabulary<number> {
  const ids = new Int32Array(keySpace).fill(-1)
  let size = 0
  return {
    get size() {
      return size
    },
    intern(key) {
      let id = ids[key] as number
      if (id < 0) {
        id = size++
        ids[key] = id
      }
      return id
    },
    get: (key) => (key >= 0 && key < keySpace ? (ids[key] as number) : -1),
    forEach(callback) {
      for (let key = 0; key < keySpace; key++)
        if ((ids[key] as number) >= 0) callback(key, ids[key] as number)
    },
  }
}

/**
 * An immutable BM25 index over documents given as lists of keys (word strings or packed
 * char grams). Postings and per-document term lists are stored as CSR typed arrays, so a
 * 40,000-question index is a handful of allocations rather than 40,000 Maps.
 */
export class Bm25Index<K> {
  readonly docCount: number
  /** IDF of a term that no document contains: the most a query term can weigh. */
  readonly maxIdf: number
  private readonly vocab: Vocabulary<K>
  private readonly idfs: Float64Array
  private readonly postStart: Int32Array
  private readonly postDoc: Int32Array
  private readonly postTf: Float32Array
  private readonly lengthNorm: Float64Array
  private readonly docStart: Int32Array
  private readonly docTerms: Int32Array

  constructor(docs: readonly (readonly K[])[], vocab: Vocabulary<K>) {
    const n = docs.length
    this.vocab = vocab
    this.docCount = n
    // Pass 1: intern every key into one flat array, then sort each doc's slice in place
    // and run-length it into distinct ids + tf. No per-doc allocations: 40,000 small typed
    // arrays cost more than the indexing itself.
    let totalLen = 0
    for (const keys of docs) totalLen += keys.length
    const flat = new Int32Array(totalLen)
    const tfFlat = new Float32Array(totalLen)
    const docStart = new Int32Array(n + 1)
    this.docStart = docStart
    let at = 0
    for (let d = 0; d < n; d++) {
      const keys = docs[d] as readonly K[]
      const from = at
      for (const key of keys) flat[at++] = vocab.intern(key)
      insertionSort(flat, from, at)
      let w = docStart[d] as number
      for (let i = from; i < at; i++) {
        if (i > from && flat[i] === flat[i - 1]) (tfFlat[w - 1] as number)++
        else {
          flat[w] = flat[i] as number
          tfFlat[w++] = 1
        }
      }
      docStart[d + 1] = w
    }
    const totalDistinct = docStart[n] as number
    const docTerms = flat.slice(0, totalDistinct)
    this.docTerms = docTerms
    const v = vocab.size
    const df = new Int32Array(v)
    for (let i = 0; i < totalDistinct; i++) (df[docTerms[i] as number] as number)++
    // Pass 2: postings in CSR order.
    const postStart = new Int32Array(v + 1)
    for (let t = 0; t < v; t++) postStart[t + 1] = (postStart[t] as number) + (df[t] as number)
    const postDoc = new Int32Array(totalDistinct)
    const postTf = new Float32Array(totalDistinct)
    const fill = postStart.slice(0, v)
    for (let d = 0; d < n; d++) {
      const end = docStart[d + 1] as number
      for (let i = docStart[d] as number; i < end; i++) {
        const p = (fill[docTerms[i] as number] as number)++
        postDoc[p] = d
        postTf[p] = tfFlat[i] as number
      }
    }
    this.postStart = postStart
    this.postDoc = postDoc
    this.postTf = postTf
    const avgLen = n > 0 ? totalLen / n || 1 : 1
    this.lengthNorm = new Float64Array(n)
    for (let d = 0; d < n; d++) {
      this.lengthNorm[d] = K1 * (1 - B + (B * (docs[d] as readonly K[]).length) / avgLen)
    }
    this.idfs = new Float64Array(v)
    for (let t = 0; t < v; t++) this.idfs[t] = idf(n, df[t] as number)
    this.maxIdf = idf(n, 0)
  }

  get termCount(): number {
    return this.vocab.size
  }

  forEachTerm(callback: (key: K, termId: number) => void): void {
    this.vocab.forEach(callback)
  }

  /** Term id of a key, or -1 when no document contains it. */
  termId(key: K): number {
    return this.vocab.get(key)
  }

  idf(termId: number): number {
    return termId < 0 ? this.maxIdf : (this.idfs[termId] as number)
  }

  documentFrequency(termId: number): number {
    if (termId < 0) return 0
    return (this.postStart[termId + 1] as number) - (this.postStart[termId] as number)
  }

  /** Whether a document contains a term: binary search in its sorted term list. */
  has(doc: number, termId: number): boolean {
    if (termId < 0) return false
    let lo = this.docStart[doc] as number
    let hi = (this.docStart[doc + 1] as number) - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const t = this.docTerms[mid] as number
      if (t === termId) return true
      if (t < termId) lo = mid + 1
      else hi = mid - 1
    }
    return false
  }

  /** Distinct term ids of a document (a view, do not modify). */
  termsOf(doc: number): Int32Array {
    return this.docTerms.subarray(this.docStart[doc], this.docStart[doc + 1])
  }

  /** Adds BM25 scores of the given distinct term ids into `scratch.acc`, tracking touched docs. */
  accumulate(termIds: readonly number[], scratch: Scratch): void {
    const { acc, stamp, epoch, touched } = scratch
    for (const t of termIds) {
      if (t < 0) continue
      const w = this.idfs[t] as number
      const end = this.postStart[t + 1] as number
      for (let p = this.postStart[t] as number; p < end; p++) {
        const d = this.postDoc[p] as number
        const tf = this.postTf[p] as number
        if (stamp[d] !== epoch) {
          stamp[d] = epoch
          acc[d] = 0
          touched[scratch.count++] = d
        }
        acc[d] = (acc[d] as number) + (w * tf * (K1 + 1)) / (tf + (this.lengthNorm[d] as number))
      }
    }
  }
}

/** BM25's IDF with the +1 that keeps it positive for terms in more than half the docs. */
function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

/** Questions have tens of terms: insertion sort beats a typed-array view and sort(). */
function insertionSort(a: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const x = a[i] as number
    let j = i - 1
    while (j >= from && (a[j] as number) > x) {
      a[j + 1] = a[j] as number
      j--
    }
    a[j + 1] = x
  }
}
