#!/usr/bin/env node
// `pnpm bench`: every benchmark, printing figures beside their budgets.
import { spawnSync } from 'node:child_process'

const benches = [
  ['bench/size.mjs', '--check'],
  ['bench/connector/run.mjs', '--check'],
  ['bench/widget-load.mjs'],
  // Issue 8: 20 proactive rules add no long task to the host page.
  ['bench/proactive-load.mjs', '--check'],
  // The FAQ matcher's speed and size (its accuracy is `pnpm bench:faq`: ~3 minutes).
  ['bench/faq/speed.mjs', '--check'],
  ['bench/faq/size.mjs', '--entry', 'createFaqMatcher,parseFaqKb,normalizeText', '--check'],
  // Every report and CSV on 100,000 conversations (seeds data/large.db when missing, ~30 s).
  ['bench/reports.mjs', '--check'],
]
let failed = 0
for (const [file, ...args] of benches) {
  console.log(`\n== ${file}`)
  const status = spawnSync('node', [file, ...args], { stdio: 'inherit' }).status
  if (status !== 0) failed++
}
process.exit(failed ? 1 : 0)
