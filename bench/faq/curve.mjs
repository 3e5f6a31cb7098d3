#!/usr/bin/env node
// The calibration trade-off: for each set, in-scope accuracy at the operating point
// ("answered": confident and right) against out-of-scope rejection, across thresholds.
// Uses only the public API (`match().score`), so any threshold can be read off one run.
//
//   node bench/faq/curve.mjs [--set NAME] [--shots 10] [--step 0.05]
//
// Also prints, per set, the threshold that keeps oos-rejection ≥ 80% with the most
// answered, and the oos-rejection reached at answered ≥ top-1 − 5.
import { createFaqMatcher, DEFAULT_THRESHOLD } from '../../packages/core/dist/index.js'
import { loadSets } from './data.mjs'

const args = process.argv.slice(2)
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const only = opt('--set', null)
const shots = Number(opt('--shots', 5))
const step = Number(opt('--step', 0.05))

const pct = (n, d) => (d === 0 ? null : (100 * n) / d)
const fmt = (x) => (x === null ? '    – ' : `${x.toFixed(1).padStart(5)}%`)

for (const set of loadSets({ shots })) {
  if (only && set.name !== only) continue
  const matcher = createFaqMatcher(set.kb, { threshold: 2 })
  const topOf = (m) => m.entry?.id ?? m.alternatives[0]?.entry.id ?? null
  const right = []
  const wrong = []
  const oos = []
  for (const q of set.queries) {
    const m = matcher.match(q.text)
    if (q.expected === null) oos.push(m.score)
    else if (topOf(m) === q.expected) right.push(m.score)
    else wrong.push(m.score)
  }
  const inScope = right.length + wrong.length
  const top1 = pct(right.length, inScope)
  const at = (t) => ({
    answered: pct(right.filter((s) => s >= t).length, inScope),
    wrongIn: pct(wrong.filter((s) => s >= t).length, inScope),
    rejected: pct(oos.filter((s) => s < t).length, oos.length),
  })
  console.log(`\n${set.name}: top-1 ${top1.toFixed(1)}%, default threshold ${DEFAULT_THRESHOLD}`)
  console.log('  thresh  answered  wrong-in  oos-rej')
  for (let t = 0; t <= 1.0001; t += step) {
    const r = at(t)
    console.log(
      `  ${t.toFixed(2).padStart(6)}  ${fmt(r.answered)}  ${fmt(r.wrongIn)}  ${fmt(r.rejected)}`,
    )
  }
  // Best operating points, scanning every observed score as a threshold.
  const cuts = [...new Set([...right, ...oos])].sort((a, b) => a - b)
  let best80 = null
  let bestAt5 = null
  for (const t of cuts) {
    const r = at(t)
    if (r.rejected !== null && r.rejected >= 80 && (!best80 || r.answered > best80.answered))
      best80 = { t, ...r }
    if (r.answered >= top1 - 5 && (!bestAt5 || (r.rejected ?? 0) > (bestAt5.rejected ?? 0)))
      bestAt5 = { t, ...r }
  }
  if (best80)
    console.log(`  oos-rej ≥ 80%: best answered ${fmt(best80.answered)} at ${best80.t.toFixed(3)}`)
  if (bestAt5)
    console.log(
      `  answered ≥ top-1 − 5: best oos-rej ${fmt(bestAt5.rejected)} at ${bestAt5.t.toFixed(3)}`,
    )
}
