#!/usr/bin/env node
// What the widget costs the page that embeds it, in Chromium at 4x CPU throttle:
//   - launcher visible: ms from the load event to the launcher being drawn (0 when it is
//     drawn before load), target < 100 ms;
//   - added blocking time: total blocking time (sum of long tasks' time over 50 ms) of the
//     page with the widget minus the same page without it, target < 10 ms.
// Starts the built server itself (node packages/server/dist/cli.js start) on a spare port
// with a temporary database, and stops it. Needs `pnpm build` first.
//   node bench/widget-load.mjs [--runs 5] [--check]
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1]) || 5
const check = args.includes('--check')
const TARGETS = { launcher: 100, blocking: 10 }

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => done(port))
    })
  })

async function startServer() {
  const cli = join(root, 'packages/server/dist/cli.js')
  if (!existsSync(cli)) throw new Error('No server build: run `pnpm build` first.')
  const port = await freePort()
  const data = mkdtempSync(join(tmpdir(), 'chao-bench-'))
  const child = spawn(process.execPath, [cli, 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CHAO_DATABASE: join(data, 'chao.db'),
      CHAO_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    origin,
    stop() {
      child.kill()
      rmSync(data, { recursive: true, force: true })
    },
  }
}

// A plain product page; the widget tag is what the script-tag docs tell site owners to paste.
const page = (
  tag,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<style>body{font:16px/1.5 system-ui;margin:0 auto;max-width:60rem;padding:2rem}</style></head><body>
<h1>Áo thun cotton</h1>${'<p>Áo thun 100% cotton, thoáng mát, nhiều màu. Giao hàng toàn quốc.</p>'.repeat(40)}
${tag}</body></html>`

// Runs in the page before anything else: long tasks, and when the launcher gets a box.
const probe = () => {
  window.__longTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
  const look = () => {
    const button = document.querySelector('chao-widget')?.shadowRoot?.querySelector('button')
    if (button && button.getBoundingClientRect().width > 0) window.__launcherAt = performance.now()
    else requestAnimationFrame(look)
  }
  requestAnimationFrame(look)
}

async function measure(browser, html, withWidget) {
  const context = await browser.newContext()
  const tab = await context.newPage()
  await tab.route('http://bench.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: html }),
  )
  await tab.addInitScript(probe)
  const cdp = await context.newCDPSession(tab)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await tab.goto('http://bench.example/', { waitUntil: 'load' })
  if (withWidget) await tab.waitForFunction(() => window.__launcherAt !== undefined)
  // Idle work (chao-boot.js) happens after load: give it time to run.
  await tab.waitForTimeout(2000)
  const result = await tab.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation')
    const blocking = window.__longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)
    return { load: nav.loadEventStart, launcher: window.__launcherAt, blocking }
  })
  await context.close()
  return result
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const server = await startServer()
const browser = await chromium.launch({
  executablePath: process.env.CHAO_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests',
  ],
})
try {
  const tag = `<script src="${server.origin}/widget/chao.js" data-locale="vi" async></script>`
  const launcher = []
  const blocking = { with: [], without: [] }
  for (let i = 0; i < runs; i++) {
    const without = await measure(browser, page(''), false)
    const withWidget = await measure(browser, page(tag), true)
    blocking.without.push(without.blocking)
    blocking.with.push(withWidget.blocking)
    launcher.push(withWidget.launcher - withWidget.load)
  }
  // Negative: drawn before the load event (the async script ran first); counts as 0.
  const launcherRaw = median(launcher)
  const launcherMs = Math.max(0, launcherRaw)
  const addedMs = Math.max(0, median(blocking.with) - median(blocking.without))
  const row = (name, value, target) =>
    `${value < target ? 'ok  ' : 'OVER'} ${name.padEnd(44)} ${`${value.toFixed(1)} ms`.padStart(10)}   target < ${target} ms`
  console.log(`widget load, Chromium at 4x CPU throttle, median of ${runs} runs`)
  console.log(row('launcher visible after the load event', launcherMs, TARGETS.launcher))
  console.log(`     (drawn ${launcherRaw.toFixed(1)} ms from the load event; negative = before it)`)
  console.log(row('blocking time added by the widget', addedMs, TARGETS.blocking))
  console.log(
    `     (total blocking time with ${median(blocking.with).toFixed(1)} ms, without ${median(blocking.without).toFixed(1)} ms)`,
  )
  if (check && (launcherMs >= TARGETS.launcher || addedMs >= TARGETS.blocking)) process.exitCode = 1
} finally {
  await browser.close()
  server.stop()
}
