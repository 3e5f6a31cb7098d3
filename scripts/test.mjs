#!/usr/bin/env node
// `pnpm test`: every test the project has, in one command.
//   1. makes sure Debian's Chromium is there (installs it with apt when we are root),
//   2. builds every package (end-to-end tests run the real built files),
//   3. runs lint and typecheck (one check each), the unit tests (Vitest), the bundle-size
//      budgets, the end-to-end tests (Playwright), and ends with one line
//      `N passed, N failed` over all of them.
// Set CHAO_SKIP_BUILD=1 to reuse an existing build.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const chromium = process.env.CHAO_CHROMIUM ?? '/usr/bin/chromium'
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

function ensureChromium() {
  if (existsSync(chromium)) return true
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium is missing at ${chromium}: installing Debian's chromium package…`)
    run('apt-get', ['update', '-qq'])
    if (
      run('apt-get', ['install', '-y', '-qq', 'chromium'], {
        DEBIAN_FRONTEND: 'noninteractive',
      }) === 0 &&
      existsSync(chromium)
    )
      return true
  }
  console.error(
    `\nThe end-to-end tests need Chromium at ${chromium}, and it is not installed.\n` +
      'Install it with:  sudo apt-get install -y chromium\n' +
      '(or point CHAO_CHROMIUM at another Chromium binary), then run `pnpm test` again.\n',
  )
  return false
}

const counts = { passed: 0, failed: 0, skipped: 0 }
const add = (passed, failed, skipped = 0) => {
  counts.passed += passed
  counts.failed += failed
  counts.skipped += skipped
}
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}
const out = mkdtempSync(join(tmpdir(), 'chao-test-'))

if (!ensureChromium()) process.exit(1)

if (process.env.CHAO_SKIP_BUILD !== '1') {
  console.log('\n== build')
  if (run('pnpm', ['build']) !== 0) {
    console.log('\n0 passed, 1 failed')
    process.exit(1)
  }
}

// Lint and types are part of "the tests pass": a red lint is a failed check, not a warning.
for (const [name, args] of [
  ['lint (biome)', ['lint']],
  ['typecheck (tsc)', ['typecheck']],
]) {
  console.log(`\n== ${name}`)
  if (run('pnpm', args) === 0) add(1, 0)
  else add(0, 1)
}

console.log('\n== unit tests (vitest)')
const vitestJson = join(out, 'vitest.json')
const vitestStatus = run('pnpm', ['exec', 'vitest', 'run'], { CHAO_VITEST_JSON: vitestJson })
const v = readJson(vitestJson)
if (v) add(v.numPassedTests, v.numFailedTests, v.numPendingTests + v.numTodoTests)
if (!v || (vitestStatus !== 0 && v.numFailedTests === 0)) add(0, 1) // crashed before reporting

// Examples carry their own tests (node:test), as a user copying them would run them.
console.log('\n== example tests (node:test)')
const ex = spawnSync('pnpm', ['-r', '--filter', './examples/**', '--if-present', 'test'], {
  env: process.env,
  encoding: 'utf8',
})
process.stdout.write(ex.stdout ?? '')
process.stderr.write(ex.stderr ?? '')
const tally = (label) =>
  [...(ex.stdout ?? '').matchAll(new RegExp(`^(?:.*\\s)?# ${label} (\\d+)$`, 'gm'))].reduce(
    (n, m) => n + Number(m[1]),
    0,
  )
const exPassed = tally('pass')
const exFailed = tally('fail')
add(exPassed, exFailed)
if (ex.status !== 0 && exFailed === 0) add(0, 1)

console.log('\n== bundle size budgets')
const sizeJson = join(out, 'size.json')
const sizeStatus = run('node', ['bench/size.mjs', '--check', '--json', sizeJson])
const s = readJson(sizeJson)
if (s) add(s.passed, s.failed)
if (!s || (sizeStatus !== 0 && s.failed === 0)) add(0, 1)

console.log('\n== end-to-end tests (playwright, chromium)')
const pwJson = join(out, 'playwright.json')
const pwStatus = run('pnpm', ['exec', 'playwright', 'test'], { CHAO_PLAYWRIGHT_JSON: pwJson })
const p = readJson(pwJson)
if (p) add(p.stats.expected + p.stats.flaky, p.stats.unexpected, p.stats.skipped)
if (!p || (pwStatus !== 0 && p.stats.unexpected === 0)) add(0, 1)

const skipped = counts.skipped ? `, ${counts.skipped} skipped` : ''
console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`)
process.exit(counts.failed === 0 ? 0 : 1)
