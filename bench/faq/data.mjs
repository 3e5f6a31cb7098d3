// Loads the FAQ evaluation sets from ../shared/data/faq (beside the repository; override
// with CHAO_FAQ_DATA). Each set is a knowledge base and a list of visitor queries whose
// `expected` is an entry id, or null for an out-of-scope question.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const dataDir = process.env.CHAO_FAQ_DATA ?? resolve(repo, '../shared/data/faq')

/** Vietnamese without its diacritics, as people type on a keyboard without an IME. */
export const stripDiacritics = (s) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')

/** @returns {{ name: string, kb: any, queries: {text: string, expected: string|null}[] }[]} */
export function loadSets({ shots = 5 } = {}) {
  if (!existsSync(dataDir)) {
    throw new Error(`FAQ evaluation data not found at ${dataDir} (set CHAO_FAQ_DATA).`)
  }
  const suffix = shots === 10 ? '.kb10.json' : '.kb.json'
  return readdirSync(dataDir)
    .filter((f) => f.endsWith('.test.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.test.json'.length)
      const kbFile = existsSync(join(dataDir, name + suffix)) ? name + suffix : `${name}.kb.json`
      const read = (file) => JSON.parse(readFileSync(join(dataDir, file), 'utf8'))
      return { name, kbFile, kb: read(kbFile), queries: read(f).queries }
    })
}
