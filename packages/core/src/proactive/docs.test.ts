import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseProactiveRules } from './parse.ts'

// docs/proactive.md is the rule reference: every complete rule in it must load as written.
const doc = readFileSync(new URL('../../../../docs/proactive.md', import.meta.url), 'utf8')
const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)]
  .map((m) => JSON.parse(m[1] ?? 'null') as unknown)
  .filter(
    (value) =>
      Array.isArray(value) || (typeof value === 'object' && value !== null && 'id' in value),
  )

test('every rule example in docs/proactive.md is valid', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(6)
  for (const block of blocks) {
    const rules = Array.isArray(block) ? block : [block]
    expect(parseProactiveRules(rules).errors).toEqual([])
  }
})
