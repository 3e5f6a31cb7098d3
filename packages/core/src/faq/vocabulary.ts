import { FUNCTION_WORDS } from './stopwords.ts'

/**
 * Maps an index's terms to dense ids, each with a boost that scales its weight on both
 * sides (e.g. bigrams count half). Built while the knowledge base is indexed; afterwards
 * only looked up, with query keys.
 */
export interface Vocabulary<K> {
  /** Number of ids handed out; ids are 0..size-1. */
  readonly size: number
  /** The key's id, or -1. */
  get(key: K): number
  /** The boost of every id, by id (a typed array for every vocabulary: one shape to read). */
  boosts(): Float64Array
  /** The boost of a key, known or not: for a known key, exactly its id's boost. */
  boost(key: K): number
}

/** Bigrams add evidence of word order and compounds but should not outweigh the words. */
const BIGRAM_BOOST = 0.5
/** Weight of a function word ("tôi", "how"), and of a bigram made only of them. */
const FUNCTION_WORD_BOOST = 0.3

function unigramBoost(term: string): number {
  return FUNCTION_WORDS.has(term) ? FUNCTION_WORD_BOOST : 1
}

function bigramBoost(bothFunctionWords: boolean): number {
  return BIGRAM_BOOST * (bothFunctionWords ? FUNCTION_WORD_BOOST : 1)
}

/**
 * Word terms: unigrams ("giao") and bigrams of adjacent terms, keyed "giao hang" by
 * queries. Indexing interns a bigram by its two unigram ids (`bigram`), never building
 * the string. Terms never contain a space, so "a b" ↔ (id of a, id of b) is one-to-one,
 * and a query bigram with an unknown half is unknown, as its string would be.
 */
export class WordVocabulary implements Vocabulary<string> {
  private readonly unigrams = new Map<string, number>()
  private readonly pairs = new PairTable()
  private readonly boostById: number[] = []

  get size(): number {
    return this.boostById.length
  }

  /** The term's id, assigning the next one if new. */
  unigram(term: string): number {
    let id = this.unigrams.get(term)
    if (id === undefined) {
      id = this.boostById.length
      this.unigrams.set(term, id)
      this.boostById.push(unigramBoost(term))
    }
    return id
  }

  /** The id of the bigram of unigram ids `a` then `b`, assigning the next one if new. */
  bigram(a: number, b: number): number {
    const slot = this.pairs.slot(a, b)
    let id = this.pairs.value(slot)
    if (id < 0) {
      id = this.boostById.length
      this.pairs.set(slot, a, b, id)
      // A unigram's boost is FUNCTION_WORD_BOOST exactly when it is a function word.
      const both =
        this.boostById[a] === FUNCTION_WORD_BOOST && this.boostById[b] === FUNCTION_WORD_BOOST
      this.boostById.push(bigramBoost(both))
    }
    return id
  }

  get(key: string): number {
    const space = key.indexOf(' ')
    if (space < 0) return this.unigrams.get(key) ?? -1
    const a = this.unigrams.get(key.slice(0, space))
    const b = this.unigrams.get(key.slice(space + 1))
    if (a === undefined || b === undefined) return -1
    return this.pairs.value(this.pairs.slot(a, b))
  }

  boosts(): Float64Array {
    return Float64Array.from(this.boostById)
  }

  boost(key: string): number {
    const space = key.indexOf(' ')
    if (space < 0) return unigramBoost(key)
    const first = key.slice(0, space)
    return bigramBoost(FUNCTION_WORDS.has(first) && FUNCTION_WORDS.has(key.slice(space + 1)))
  }
}

/**
 * Pairs of non-negative ints → non-negative ids: open addressing with linear probing on
 * typed arrays, at most half full, so interning a bigram allocates nothing.
 */
class PairTable {
  private firsts = new Int32Array(1024)
  private seconds = new Int32Array(1024)
  /** -1 marks an empty slot. */
  private values = new Int32Array(1024).fill(-1)
  private count = 0

  /** The slot holding (a, b), or the empty slot where it belongs. */
  slot(a: number, b: number): number {
    const mask = this.values.length - 1
    let h = Math.imul(a, 0x9e3779b1) ^ b
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
    let i = (h ^ (h >>> 13)) & mask
    while ((this.values[i] as number) >= 0 && (this.firsts[i] !== a || this.seconds[i] !== b)) {
      i = (i + 1) & mask
    }
    return i
  }

  /** The id in a slot from `slot`, or -1 if empty. */
  value(slot: number): number {
    return this.values[slot] as number
  }

  /** Fills an empty slot from `slot(a, b)`; no other call may come between the two. */
  set(slot: number, a: number, b: number, value: number): void {
    this.firsts[slot] = a
    this.seconds[slot] = b
    this.values[slot] = value
    if (++this.count * 2 > this.values.length) this.rehash()
  }

  private rehash(): void {
    const { firsts, seconds, values } = this
    this.firsts = new Int32Array(values.length * 2)
    this.seconds = new Int32Array(values.length * 2)
    this.values = new Int32Array(values.length * 2).fill(-1)
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number
      if (v < 0) continue
      const a = firsts[i] as number
      const b = seconds[i] as number
      const s = this.slot(a, b)
      this.firsts[s] = a
      this.seconds[s] = b
      this.values[s] = v
    }
  }
}

/** For small integer keys (packed char grams): a typed array instead of a hash map. */
export class DenseVocabulary implements Vocabulary<number> {
  private readonly ids: Int32Array
  size = 0

  constructor(keySpace: number) {
    this.ids = new Int32Array(keySpace).fill(-1)
  }

  /** The key's id, assigning the next one if new. */
  intern(key: number): number {
    let id = this.ids[key] as number
    if (id < 0) {
      id = this.size++
      this.ids[key] = id
    }
    return id
  }

  get(key: number): number {
    return key >= 0 && key < this.ids.length ? (this.ids[key] as number) : -1
  }

  boosts(): Float64Array {
    return new Float64Array(this.size).fill(1)
  }

  boost(): number {
    return 1
  }
}
