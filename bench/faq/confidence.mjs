#!/usr/bin/env node
// Alternatives to the matcher's confidence, compared on the evaluation sets (what backs
// "other confidences trade along the same curve" in bench/faq/README.md).
//
//   node bench/faq/confidence.mjs        (after `pnpm --filter @chao/core build`; ~10 s)
//
// Re-scores every query with the matcher's own indexes (internal modules of the build) and
// prints, per confidence, the mean answered and wrong at the threshold where the mean wrong
// rate is 9.5% and 13%, and at the lowest threshold declining ≥ 80% of out-of-scope
// queries on every set; then the gap (top-1 − answered at oos-reject 80%, per set) of a
// logistic model of all the features fitted on the test queries themselves: a ceiling that
// no honest fit reaches.
import { analyze, contentTerms } from '../../packages/core/dist/faq/analyze.js'
import { indexKnowledgeBase } from '../../packages/core/dist/faq/indexer.js'
import { SynonymMap } from '../../packages/core/dist/faq/synonyms.js'
import { createScratch } from '../../packages/core/dist/faq/tfidf.js'
import { loadSets } from './data.mjs'

/** Raw similarities of the best entries, word-cosine share, and IDF coverage of the query. */
function scorer(kb) {
  const synonyms = new SynonymMap((kb.synonyms ?? []).map((g) => g.map((p) => contentTerms(p))))
  const { words, grams } = indexKnowledgeBase(kb.entries, synonyms)
  const scratch = createScratch(kb.entries.length)
  const holds = (id, doc) => {
    for (let p = words.postStart[id]; p < words.postStart[id + 1]; p++)
      if (words.postDoc[p] === doc) return true
    return false
  }
  return (text) => {
    const a = analyze(text.slice(0, 500), synonyms)
    if (a.words.length === 0) return null
    scratch.epoch++
    scratch.count = 0
    words.addScores(a.words, 0.5, scratch)
    grams.addScores(a.grams, 0.5, scratch)
    const ranked = [...scratch.touched.subarray(0, scratch.count)].sort(
      (x, y) => scratch.acc[y] - scratch.acc[x] || x - y,
    )
    if (ranked.length === 0) return null
    const best = ranked[0]
    let mass = 0
    let covered = 0
    let unknown = 0
    for (const key of new Set(a.words)) {
      const id = words.vocab.get(key)
      const w = (id < 0 ? words.maxIdf : words.idfs[id]) * words.vocab.boost(key)
      mass += w
      if (id >= 0 && holds(id, best)) covered += w
      if (id < 0) unknown += w
    }
    return {
      id: kb.entries[best].id,
      s1: scratch.acc[best],
      s2: scratch.acc[ranked[1]] ?? 0,
      cov: covered / mass,
      unknown: unknown / mass,
      n: a.words.length,
    }
  }
}

const cal = (r) => (r > 0 ? 1 - 2 ** (-r / 0.16) : 0)
const tie = (f) => cal(f.s2) >= 0.85 && f.s1 - f.s2 < 0.12 * f.s1
const penalised = (pen, safe) => (f) => {
  const gap = Math.min(1, Math.max(0, (f.s1 - f.s2) / safe))
  const s = cal(f.s1) * (1 - pen * (1 - gap))
  return tie(f) ? s / 2 : s
}
const confidences = {
  'matcher (tie penalty 0.4)': penalised(0.4, 0.1),
  'raw similarity only': (f) => cal(f.s1),
  'tie penalty 0.2': penalised(0.2, 0.1),
  'tie penalty 0.6 over 0.2': penalised(0.6, 0.2),
  'relative margin': (f) => cal(f.s1) * Math.min(1, 0.5 + 2 * (1 - f.s2 / f.s1)),
  '× IDF coverage': (f) => penalised(0.4, 0.1)(f) * (0.6 + 0.4 * f.cov),
  '× known words': (f) => penalised(0.4, 0.1)(f) * (1 - 0.5 * f.unknown),
}

const sets = loadSets().map((set) => {
  const score = scorer(set.kb)
  return {
    name: set.name,
    queries: set.queries.map((q) => ({ expected: q.expected, f: score(q.text) })),
  }
})

function operatingPoint(conf, t) {
  let answered = 0
  let wrong = 0
  let minRejected = 100
  for (const { queries } of sets) {
    let right = 0
    let bad = 0
    let inScope = 0
    let declined = 0
    let oos = 0
    for (const q of queries) {
      const s = q.f ? conf(q.f) : -1
      if (q.expected === null) {
        oos++
        if (s < t) declined++
        else bad++
      } else {
        inScope++
        if (s >= t) q.f.id === q.expected ? right++ : bad++
      }
    }
    answered += (100 * right) / inScope / sets.length
    wrong += (100 * bad) / queries.length / sets.length
    if (oos) minRejected = Math.min(minRejected, (100 * declined) / oos)
  }
  return { t, answered, wrong, minRejected }
}

console.log(
  'confidence                    @ wrong 9.5%        @ wrong 13%         @ oos-rej ≥ 80% everywhere',
)
for (const [name, conf] of Object.entries(confidences)) {
  const points = []
  for (let t = 0.05; t < 1; t += 0.005) points.push(operatingPoint(conf, t))
  const near = (wrong) =>
    points.reduce((b, p) => (Math.abs(p.wrong - wrong) < Math.abs(b.wrong - wrong) ? p : b))
  const honest = points.find((p) => p.minRejected >= 80)
  const show = (p) => `A ${p.answered.toFixed(1)} W ${p.wrong.toFixed(1)}`.padEnd(20)
  console.log(`${name.padEnd(29)} ${show(near(9.5))}${show(near(13))}${show(honest)}`)
}

// Ceiling: logistic regression of all features, fitted per set on its own test queries.
const features = (f) => [f.s1, f.s2, f.s1 - f.s2, f.cov, f.unknown, Math.log(f.n)]
function fitLogistic(rows) {
  const d = rows[0][0].length
  const mu = Array(d).fill(0)
  const sd = Array(d).fill(0)
  for (const [x] of rows)
    x.forEach((v, i) => {
      mu[i] += v / rows.length
    })
  for (const [x] of rows)
    x.forEach((v, i) => {
      sd[i] += (v - mu[i]) ** 2 / rows.length
    })
  const z = (x) => x.map((v, i) => (v - mu[i]) / (Math.sqrt(sd[i]) || 1))
  const data = rows.map(([x, y]) => [z(x), y])
  const pos = data.filter((r) => r[1]).length
  const w = Array(d + 1).fill(0)
  for (let it = 0; it < 1500; it++) {
    const g = Array(d + 1).fill(0)
    for (const [x, y] of data) {
      const p = 1 / (1 + Math.exp(-(w[d] + x.reduce((s, v, i) => s + v * w[i], 0))))
      const e = (p - y) * (y ? 0.5 / pos : 0.5 / (data.length - pos))
      x.forEach((v, i) => {
        g[i] += e * v
      })
      g[d] += e
    }
    for (let i = 0; i <= d; i++) w[i] -= 0.5 * g[i]
  }
  return (f) => {
    const x = z(features(f))
    return w[d] + x.reduce((s, v, i) => s + v * w[i], 0)
  }
}
console.log(
  "\nlogistic ceiling, fitted on each set's test queries: top-1 − answered at oos-rej 80%",
)
for (const { name, queries } of sets) {
  const usable = queries.filter((q) => q.f && (q.expected === null || q.f.id === q.expected))
  if (!usable.some((q) => q.expected === null)) continue
  const model = fitLogistic(usable.map((q) => [features(q.f), q.expected === null ? 0 : 1]))
  const oos = usable
    .filter((q) => q.expected === null)
    .map((q) => model(q.f))
    .sort((a, b) => a - b)
  const t = oos[Math.ceil(0.8 * oos.length) - 1] + 1e-12
  const inScope = queries.filter((q) => q.expected !== null).length
  const right = usable.filter((q) => q.expected !== null)
  const lost = right.filter((q) => model(q.f) < t).length
  console.log(`  ${name.padEnd(16)} ${((100 * lost) / inScope).toFixed(1)} points (target ≤ 5)`)
}
