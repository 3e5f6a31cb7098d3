#!/usr/bin/env node
// Issue 8: adding proactive rules adds no long task to the host page. The same product page
// with the widget is loaded in Chromium at 4x CPU throttle with 20 rules and with none, and
// the visitor scrolls and moves the pointer (what the rules listen to). Reported, median of
// the runs: the long tasks (PerformanceObserver 'longtask') from the start of the page, and
// the total blocking time (sum of the long tasks' time over 50 ms).
// Budget: the rules add no long task (same count as without) and < 10 ms of blocking time.
// The rules come through window.chaoSettings, so the page also loads and runs the full
// validator (chao-rules.js): the worst case. Serves the built widget from a static server
// of its own; needs `pnpm --filter @chao/widget build` first.
//   node bench/proactive-load.mjs [--runs 5] [--check]
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cdn = join(root, 'packages/widget/dist/cdn')
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1]) || 5
const check = args.includes('--check')
const TARGET_BLOCKING_MS = 10

if (!existsSync(join(cdn, 'chao-proactive.js'))) {
  console.error('No widget build: run `pnpm --filter @chao/widget build` first.')
  process.exit(1)
}

/** 20 rules over every kind of condition, none of which fires during the run. */
const RULES = Array.from({ length: 20 }, (_, i) => {
  const kinds = [
    { all: [{ path: { prefix: `/pricing-${i}` } }, { timeOnPage: 10 }] },
    { all: [{ scroll: 95 }, { path: { glob: `/never/${i}/**` } }] },
    { all: [{ exitIntent: true }, { path: { equals: `/checkout-${i}` } }] },
    { event: `event-${i}`, props: { step: 'payment' } },
    { all: [{ attribute: 'plan', op: 'eq', value: `tier-${i}` }, { inactive: 30 }] },
    { all: [{ title: { regex: `^Checkout ${i}$` } }, { returning: true }] },
    { any: [{ utm: { campaign: `spring-${i}` } }, { referrer: `partner-${i}.example` }] },
  ]
  return {
    id: `rule-${i}`,
    priority: i,
    conditions: kinds[i % kinds.length],
    message: { text: { vi: `Xin chào {{name|bạn}} (${i})`, en: `Hello {{name|there}} (${i})` } },
    limits: { once: 'session' },
  }
})

const page = (settings) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Shop</title><style>body{font:16px/1.5 system-ui;margin:0 auto;max-width:60rem;padding:2rem}</style>
<script>window.chaoSettings = ${JSON.stringify(settings)}</script></head><body>
<h1>Áo thun cotton</h1>${'<p>Áo thun 100% cotton, thoáng mát, nhiều màu. Giao hàng toàn quốc.</p>'.repeat(80)}
<script src="/widget/chao.js" data-locale="vi" async></script></body></html>`

// The widget's files and the two pages, from one origin (the script tag's usual setup).
const TYPES = { '.js': 'text/javascript', '.map': 'application/json' }
function serve() {
  const pages = { '/rules': page({ proactive: RULES }), '/none': page({}) }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    if (pages[path]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return response.end(pages[path])
    }
    const file = normalize(join(cdn, path.replace(/^\/widget\//, '')))
    if (path.startsWith('/widget/') && file.startsWith(cdn) && existsSync(file)) {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' })
      return response.end(readFileSync(file))
    }
    response.writeHead(404).end()
  })
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  )
}

const probe = () => {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
}

async function measure(browser, url, withRules) {
  const context = await browser.newContext()
  const tab = await context.newPage()
  await tab.addInitScript(probe)
  const cdp = await context.newCDPSession(tab)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await tab.goto(url, { waitUntil: 'load' })
  // The controller took over window.Chao (the loader's only queues).
  await tab.waitForFunction(() => typeof window.Chao === 'function' && !('q' in window.Chao))
  // With rules, the engine has run (it stores the visitor's state when it starts).
  if (withRules) await tab.waitForFunction(() => localStorage.getItem('chao:proactive') !== null)
  // The visitor reads: scrolls, moves the pointer, scrolls back up.
  for (let i = 0; i < 10; i++) {
    await tab.mouse.move(200 + i * 20, 300 + i * 10)
    await tab.mouse.wheel(0, 400)
  }
  await tab.mouse.wheel(0, -4000)
  await tab.evaluate(() => window.Chao('track', 'viewed', { sku: 'tee' }))
  await tab.waitForTimeout(1000)
  const result = await tab.evaluate(() => ({
    tasks: window.__longTasks.length,
    blocking: window.__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
  }))
  await context.close()
  return result
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const { server, origin } = await serve()
const browser = await chromium.launch({
  executablePath: process.env.CHAO_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
try {
  const none = []
  const rules = []
  for (let i = 0; i < runs; i++) {
    none.push(await measure(browser, `${origin}/none`, false))
    rules.push(await measure(browser, `${origin}/rules`, true))
  }
  const tasks = { none: median(none.map((r) => r.tasks)), rules: median(rules.map((r) => r.tasks)) }
  const tbt = {
    none: median(none.map((r) => r.blocking)),
    rules: median(rules.map((r) => r.blocking)),
  }
  const addedTasks = tasks.rules - tasks.none
  const addedMs = Math.max(0, tbt.rules - tbt.none)
  console.log(`proactive rules, Chromium at 4x CPU throttle, median of ${runs} runs`)
  console.log(
    `${addedTasks <= 0 ? 'ok  ' : 'OVER'} long tasks added by 20 rules              ${String(addedTasks).padStart(6)}      budget 0`,
  )
  console.log(`     (long tasks with rules ${tasks.rules}, without ${tasks.none})`)
  console.log(
    `${addedMs < TARGET_BLOCKING_MS ? 'ok  ' : 'OVER'} blocking time added by 20 rules     ${`${addedMs.toFixed(1)} ms`.padStart(12)}      target < ${TARGET_BLOCKING_MS} ms`,
  )
  console.log(
    `     (total blocking time with rules ${tbt.rules.toFixed(1)} ms, without ${tbt.none.toFixed(1)} ms)`,
  )
  if (check && (addedTasks > 0 || addedMs >= TARGET_BLOCKING_MS)) process.exitCode = 1
} finally {
  await browser.close()
  server.close()
}
