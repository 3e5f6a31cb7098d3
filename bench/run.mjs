#!/usr/bin/env node
// `pnpm bench`: every benchmark, printing figures beside their budgets.
import { spawnSync } from 'node:child_process'

const benches = [
  ['bench/size.mjs', '--check'],
  ['bench/connector/run.mjs', '--check'],
  ['bench/widget-load.mjs'],
]
let failed = 0
for (const [file, ...args] of benches) {
  console.log(`\n== ${file}`)
  const status = spawnSync('node', [file, ...args], { stdio: 'inherit' }).status
  if (status !== 0) failed++
}
process.exit(failed ? 1 : 0)
