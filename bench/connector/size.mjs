#!/usr/bin/env node
// Size of each @chao/connector entry as a site's bundle would include it: minified, with
// @chao/protocol, compressed with brotli (quality 11). Measured on the built package
// (run `pnpm build` first). socket.io-client is loaded by a dynamic import on the first
// connect, so it is its own chunk, listed apart.
//   node bench/connector/size.mjs [--check]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const dist = join(root, 'packages/connector/dist')

// What a bundle imports for each use; budgets in bytes (brotli).
const cases = [
  {
    name: 'connector core (createConnector)',
    code: `export { createConnector } from '${dist}/index.js'`,
    max: 5 * 1024,
  },
  {
    name: 'core + memory',
    code: `export { createConnector } from '${dist}/index.js'\nexport { memoryAdapter } from '${dist}/memory/index.js'`,
    max: 7 * 1024,
  },
  {
    name: 'core + http',
    code: `export { createConnector } from '${dist}/index.js'\nexport { httpAdapter } from '${dist}/http/index.js'`,
    max: 5.5 * 1024,
  },
  {
    name: 'core + socketio (without socket.io-client)',
    code: `export { createConnector } from '${dist}/index.js'\nexport { socketioAdapter } from '${dist}/socketio/index.js'`,
    max: 5.5 * 1024,
  },
  {
    name: 'socket.io-client chunk (lazy)',
    code: `export { io } from '${join(root, 'packages/connector/node_modules/socket.io-client/build/esm/index.js')}'`,
    max: 16 * 1024,
    bundleClient: true,
  },
]

const sizes = (code) => {
  const buf = Buffer.from(code)
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

const dir = mkdtempSync(join(tmpdir(), 'chao-connector-size-'))
const rows = []
try {
  for (const [i, c] of cases.entries()) {
    const entry = join(dir, `entry${i}.js`)
    writeFileSync(entry, c.code)
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'out' },
        rollupOptions: { external: c.bundleClient ? [] : [/socket\.io-client/] },
      },
    })
    const output = (Array.isArray(result) ? result[0] : result).output
    const main = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry)
    rows.push({ ...c, ...sizes(main.code) })
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`
console.log(
  'connector entry'.padEnd(46),
  'raw'.padStart(9),
  'gzip'.padStart(9),
  'brotli'.padStart(9),
  'budget'.padStart(9),
)
let failed = 0
for (const r of rows) {
  const over = r.brotli > r.max
  if (over) failed++
  console.log(
    r.name.padEnd(46),
    kb(r.raw).padStart(9),
    kb(r.gzip).padStart(9),
    kb(r.brotli).padStart(9),
    kb(r.max).padStart(9),
    over ? 'OVER' : '',
  )
}
if (process.argv.includes('--check') && failed > 0) process.exit(1)
