#!/usr/bin/env node
// Round-trip latency of one visitor message through the reference server on loopback
// (connector send → server validates, stores in SQLite, assigns seq → ack back), over
// 10,000 messages one after another, beside a bare socket.io echo server measured in the
// same run. Both servers run in their own process; needs `pnpm build`.
//   node bench/connector/latency.mjs [count]
import { fork, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const { createConnector } = await import(join(root, 'packages/connector/dist/index.js'))
const { socketioAdapter } = await import(join(root, 'packages/connector/dist/socketio/index.js'))
const { io } = createRequire(join(root, 'packages/connector/package.json'))('socket.io-client')

const count = Number(process.argv[2] ?? 10_000)
const warmup = 200
const transports = ['websocket']

const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { median: at(0.5), p99: at(0.99), n: sorted.length }
}

async function bareEcho() {
  const child = fork(join(root, 'bench/connector/echo-server.mjs'), { stdio: 'ignore' })
  const { port } = await new Promise((r) => child.once('message', r))
  const socket = io(`http://127.0.0.1:${port}`, { transports })
  await new Promise((r) => socket.once('connect', r))
  const samples = []
  for (let i = 0; i < warmup + count; i++) {
    const start = performance.now()
    await new Promise((r) => {
      socket.once('echo', r)
      socket.emit('echo', { type: 'message:send', clientId: `c${i}`, text: `message ${i}` })
    })
    if (i >= warmup) samples.push(performance.now() - start)
  }
  socket.disconnect()
  child.kill()
  return stats(samples)
}

async function referenceServer() {
  const dir = mkdtempSync(join(tmpdir(), 'chao-bench-'))
  const port = 3390 + Math.floor(Math.random() * 9)
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/cli.js'), 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      CHAO_DATABASE: join(dir, 'chao.db'),
      CHAO_DEMO: 'false',
      CHAO_LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (i > 200) throw new Error('The reference server did not start')
    await new Promise((r) => setTimeout(r, 50))
  }
  const connector = createConnector({
    adapter: socketioAdapter({ url, socket: { transports } }),
    site: 'demo',
    network: null,
  })
  await connector.ready
  const waiting = new Map()
  connector.on('ack', (ack) => waiting.get(ack.clientId)?.())
  const samples = []
  for (let i = 0; i < warmup + count; i++) {
    const start = performance.now()
    await new Promise((r) => {
      const { clientId } = connector.send(`message ${i}`)
      waiting.set(clientId, r)
    })
    if (i >= warmup) samples.push(performance.now() - start)
  }
  connector.destroy()
  child.kill()
  rmSync(dir, { recursive: true, force: true })
  return stats(samples)
}

const bare = await bareEcho()
const chao = await referenceServer()
const ms = (n) => `${n.toFixed(3)} ms`
console.log(
  `round trip over ${count} messages, loopback, websocket`.padEnd(58),
  'median'.padStart(10),
  'p99'.padStart(10),
)
console.log(
  'bare socket.io echo server'.padEnd(58),
  ms(bare.median).padStart(10),
  ms(bare.p99).padStart(10),
)
console.log(
  'Chao reference server (validate, SQLite, seq, ack)'.padEnd(58),
  ms(chao.median).padStart(10),
  ms(chao.p99).padStart(10),
)
process.exit(0)
