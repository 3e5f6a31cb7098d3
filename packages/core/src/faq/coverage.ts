import type { Bm25Index } from './bm25.ts'
import type { Coverage } from './calibrate.ts'

/** A query's distinct terms on one index, with the weight each carries in coverage. */
export interface WeightedQuery {
  /** Term ids; -1 for a term no indexed question contains. */
  ids: number[]
  weights: number[]
  total: number
}

export function weighQuery<K>(
  index: Bm25Index<K>,
  keys: readonly K[],
  weightOf: (key: K, termId: number) => number,
): WeightedQuery {
  const seen = new Set<K>()
  const query: WeightedQuery = { ids: [], weights: [], total: 0 }
  for (const key of keys) {
    if (seen.has(key)) continue
    seen.add(key)
    const id = index.termId(key)
    const weight = weightOf(key, id)
    query.ids.push(id)
    query.weights.push(weight)
    query.total += weight
  }
  return query
}

/** Weighted share of the query found in the doc, and of the doc found in the query. */
export function coverage<K>(
  index: Bm25Index<K>,
  query: WeightedQuery,
  doc: number,
  termWeight: (termId: number) => number,
): Coverage {
  if (query.total === 0) return { query: 0, doc: 0 }
  let shared = 0
  for (let i = 0; i < query.ids.length; i++) {
    if (index.has(doc, query.ids[i] as number)) shared += query.weights[i] as number
  }
  let docTotal = 0
  for (const id of index.termsOf(doc)) docTotal += termWeight(id)
  return { query: shared / query.total, doc: docTotal > 0 ? Math.min(1, shared / docTotal) : 0 }
}

/** Weighted share of the query found in at least one of the docs `from..to-1`. */
export function unionCoverage<K>(
  index: Bm25Index<K>,
  query: WeightedQuery,
  from: number,
  to: number,
): number {
  if (query.total === 0) return 0
  let shared = 0
  for (let i = 0; i < query.ids.length; i++) {
    const id = query.ids[i] as number
    for (let d = from; d < to; d++) {
      if (index.has(d, id)) {
        shared += query.weights[i] as number
        break
      }
    }
  }
  return shared / query.total
}
