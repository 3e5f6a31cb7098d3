#!/usr/bin/env node
// Reports speed (issue 9): every report and CSV on the `pnpm seed:large` dataset
// (100,000 conversations / 1,000,000 messages / ~0.5 M widget events over 90 days).
// Budget: 1 s each, the median of 5 runs (the first, cold run is printed beside it).
// Seeds data/large.db first when it is missing (~30 s).
// Usage: node bench/reports.mjs [--db data/large.db] [--check]
// Needs the server built (pnpm --filter @chao/server build; `pnpm bench` builds everything).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { createSqliteStore } from '../packages/server/dist/db/sqlite-store.js'
import { resolveReportQuery } from '../packages/server/dist/reports/index.js'

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'data/large.db' }, check: { type: 'boolean' } },
})
const BUDGET_MS = 1000
const TABLES = ['agents', 'unanswered', 'proactive', 'ratings', 'daily', 'hourly']

if (!existsSync(values.db)) {
  console.log(`${values.db} is missing: seeding it (pnpm seed:large)…`)
  const seeded = spawnSync(
    'node',
    ['packages/server/dist/cli.js', 'seed', 'large', '--db', values.db],
    {
      stdio: 'inherit',
    },
  )
  if (seeded.status !== 0) process.exit(1)
}

const store = createSqliteStore({ path: values.db })
// The dataset ends when it was seeded: report on the full days before its last one.
const Database = createRequire(new URL('../packages/server/package.json', import.meta.url))(
  'better-sqlite3',
)
const raw = new Database(values.db, { readonly: true })
const last = raw.prepare('SELECT MAX(queued_at) AS t FROM conversations').get().t
raw.close()
const lastDay = new Date(last + 7 * 3_600_000).toISOString().slice(0, 10)
const day = (offset) => {
  const d = new Date(`${lastDay}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + offset)
  return d.toISOString().slice(0, 10)
}
const tz = 'Asia/Ho_Chi_Minh'
const ranges = {
  '30 days': { from: day(-30), to: day(-1), tz },
  '1 day': { from: day(-1), to: day(-1), tz },
}
const filters = {
  'no filter': {},
  department: { department: 'support' },
  agent: { agent: 'la3' },
  page: { page: 'https://shop.example/cart' },
}

/** The first (cold) run and the median of 5 more, in ms. */
async function time(run) {
  const t0 = performance.now()
  await run()
  const cold = performance.now() - t0
  const warm = []
  for (let i = 0; i < 5; i++) {
    const t = performance.now()
    await run()
    warm.push(performance.now() - t)
  }
  warm.sort((a, b) => a - b)
  return { cold, median: warm[2] }
}

const rows = []
for (const [rangeName, range] of Object.entries(ranges)) {
  for (const [filterName, filter] of Object.entries(filters)) {
    const q = resolveReportQuery({ ...range, ...filter })
    rows.push({
      report: 'summary',
      range: rangeName,
      filter: filterName,
      ...(await time(() => store.reportSummary(q))),
    })
  }
  const q = resolveReportQuery(range)
  for (const table of TABLES) {
    rows.push({
      report: `${table}.csv`,
      range: rangeName,
      filter: 'no filter',
      ...(await time(() => store.reportTable(q, table))),
    })
  }
}
await store.close()

const pad = (text, n) => String(text).padEnd(n)
console.log(
  `\n${pad('report', 16)}${pad('range', 9)}${pad('filter', 12)}${pad('cold ms', 9)}${pad('median ms', 10)}budget`,
)
let over = 0
for (const row of rows) {
  // The median is checked: on a shared machine a single run measures the neighbours.
  const ok = row.median <= BUDGET_MS
  if (!ok) over++
  console.log(
    `${pad(row.report, 16)}${pad(row.range, 9)}${pad(row.filter, 12)}${pad(row.cold.toFixed(0), 9)}${pad(row.median.toFixed(0), 10)}${ok ? `≤ ${BUDGET_MS}` : `OVER ${BUDGET_MS}`}`,
  )
}
console.log(
  `\n${rows.length} measurements (${lastDay} is the dataset's last day), ${over} over budget.`,
)
if (values.check && over > 0) process.exit(1)
