#!/usr/bin/env node
// Where the bytes of a budget go: attributes every byte of its files (as bench/size.mjs
// picks them) to the source it came from, through the build's source maps.
//   node bench/size-explore.mjs [row]   row: a budget's index in bench/size.mjs (default 2,
//                                        the bot-only chat's stage, loaded on intent; 3,
//                                        the same with loader and controller); needs a
//                                        widget build.
// Brotli of each source's code alone overstates small sources (each pays its own
// dictionary); use it to rank, and bench/size.mjs for the totals.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cdn = join(root, 'packages/widget/dist/cdn')
const row = Number(process.argv[2] ?? 2)
const json = join(mkdtempSync(join(tmpdir(), 'chao-size-')), 'size.json')
try {
  execFileSync(process.execPath, [join(root, 'bench/size.mjs'), '--json', json], {
    stdio: 'ignore',
  })
} catch {
  // Over budget exits 1; the JSON is written all the same.
}
const { rows } = JSON.parse(readFileSync(json, 'utf8'))
const { name, files } = rows[row]

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
/** One segment of a source map's `mappings` (base64 VLQ) as numbers. */
function vlq(segment) {
  const out = []
  let value = 0
  let shift = 0
  for (const c of segment) {
    const digit = B64.indexOf(c)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return out
}

const code = new Map()
const add = (source, text) => code.set(source, (code.get(source) ?? '') + text)
for (const file of files) {
  const text = readFileSync(join(cdn, file), 'utf8')
  if (!existsSync(join(cdn, `${file}.map`))) {
    add(`(${file}, no source map)`, text)
    continue
  }
  const map = JSON.parse(readFileSync(join(cdn, `${file}.map`), 'utf8'))
  const lines = text.split('\n')
  let source = 0
  map.mappings.split(';').forEach((mappings, i) => {
    const line = lines[i] ?? ''
    let column = 0
    const segments = []
    for (const segment of mappings.split(',').filter(Boolean)) {
      const [dc, ds] = vlq(segment)
      column += dc
      if (ds !== undefined) source += ds
      segments.push([column, ds === undefined ? null : map.sources[source]])
    }
    segments.forEach(([start, src], j) => {
      const end = segments[j + 1]?.[0] ?? line.length
      add(src ?? '(unmapped: helpers, CSS)', line.slice(start, end))
    })
  })
}

const brotli = (s) =>
  brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
const tidy = (s) =>
  s.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, 'npm:').replace(/^(\.\.\/)+/, '')
const table = [...code]
  .map(([source, text]) => ({ source: tidy(source), raw: text.length, brotli: brotli(text) }))
  .sort((a, b) => b.brotli - a.brotli)
console.log(`${name}\n${'raw'.padStart(8)} ${'brotli*'.padStart(8)}  source`)
for (const r of table)
  console.log(`${String(r.raw).padStart(8)} ${String(r.brotli).padStart(8)}  ${r.source}`)
