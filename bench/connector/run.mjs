#!/usr/bin/env node
// The connector's benchmarks: entry sizes (brotli, with budgets) and message latency.
//   node bench/connector/run.mjs [--check]
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const check = process.argv.includes('--check') ? ['--check'] : []
let failed = 0
for (const [file, ...args] of [['size.mjs', ...check], ['latency.mjs']]) {
  console.log(`\n-- connector/${file}`)
  if (spawnSync('node', [join(here, file), ...args], { stdio: 'inherit' }).status !== 0) failed++
}
process.exit(failed ? 1 : 0)
