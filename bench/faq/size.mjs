#!/usr/bin/env node
// What the FAQ matcher adds to a bundle: `packages/core/src/faq/index.ts` (matcher, KB
// parser, Markdown compiler) bundled alone with Vite in library mode, minified, then
// gzip and brotli (node:zlib, max quality). Budget (issue 5): ≤ 6 KB brotli.
//   node bench/faq/size.mjs [--entry createFaqMatcher,parseFaqKb] [--check]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build } from 'vite'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const faq = join(repo, 'packages/core/src/faq/index.ts')
const args = process.argv.slice(2)
const names = args.includes('--entry') ? args[args.indexOf('--entry') + 1].split(',') : null
const budget = 6 * 1024

// A widget that imports only some names: re-export those, so tree shaking drops the rest.
const dir = mkdtempSync(join(tmpdir(), 'chao-faq-size-'))
const entry = join(dir, 'entry.ts')
writeFileSync(
  entry,
  names
    ? `export { ${names.join(', ')} } from ${JSON.stringify(faq)}\n`
    : `export * from ${JSON.stringify(faq)}\n`,
)
try {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: ['@chao/source'] },
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'faq' },
    },
  })
  const code = [out].flat()[0].output[0].code
  const br = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
  const gz = gzipSync(code, { level: 9 }).length
  console.log(`FAQ matcher bundle (${names ? names.join(', ') : 'all of faq/index.ts'})`)
  console.log(
    `  minified ${code.length} B   gzip ${gz} B   brotli ${br} B   budget ${budget} B   ${br <= budget ? 'ok' : 'OVER'}`,
  )
  if (args.includes('--check') && br > budget) process.exitCode = 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
