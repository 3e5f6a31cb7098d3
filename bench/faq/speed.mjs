#!/usr/bin/env node
// FAQ matcher speed: index build for 10,000 entries and the median query time, in Node.
// Budgets (issue 5): build ≤ 200 ms, median query ≤ 2 ms.
// The entries are made from the evaluation sets' real questions (English and Vietnamese),
// each with a distinguishing product word, so the vocabulary is realistic and large.
import { performance } from 'node:perf_hooks'
import { createFaqMatcher } from '../../packages/core/dist/index.js'
import { loadSets } from './data.mjs'

const budgets = { buildMs: 200, queryMedianMs: 2 }
const sets = loadSets()
const questions = sets.flatMap((s) => s.kb.entries.flatMap((e) => e.questions))
const queries = sets.flatMap((s) => s.queries.map((q) => q.text))

let seed = 42
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}
const pick = (arr) => arr[Math.floor(rand() * arr.length)]
const entries = Array.from({ length: 10_000 }, (_, i) => ({
  id: `e${i}`,
  questions: [0, 1, 2].map(() => `${pick(questions)} model${i % 997}`),
  answer: `Answer ${i}`,
}))
const kb = { entries }

const buildTimes = []
let matcher
for (let i = 0; i < 7; i++) {
  const t0 = performance.now()
  matcher = createFaqMatcher(kb)
  buildTimes.push(performance.now() - t0)
}
const times = []
for (let i = 0; i < 2000; i++) {
  const q = queries[i % queries.length]
  const t0 = performance.now()
  matcher.match(q)
  times.push(performance.now() - t0)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]
const build = median(buildTimes)
const q50 = median(times)
console.log('FAQ matcher speed, 10,000 entries × 3 questions')
console.log(
  `  index build (median of 7)  ${build.toFixed(1)} ms   budget ${budgets.buildMs} ms   ${build <= budgets.buildMs ? 'ok' : 'OVER'}`,
)
console.log(
  `  query median (2,000)       ${q50.toFixed(3)} ms   budget ${budgets.queryMedianMs} ms   ${q50 <= budgets.queryMedianMs ? 'ok' : 'OVER'}`,
)
console.log(`  query p95                  ${p95(times).toFixed(3)} ms`)
if (process.argv.includes('--check') && (build > budgets.buildMs || q50 > budgets.queryMedianMs))
  process.exit(1)
