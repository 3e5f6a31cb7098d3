/**
 * `@chao/connector/testing`: the conformance suite every adapter and backend passes,
 * runnable by anyone against their own. Framework-free; with Vitest or Jest:
 *
 *   for (const c of conformanceCases) it(c.name, () => c.run({ adapter: () => myAdapter() }))
 */
import { type ConformanceCase, type ConformanceTarget, conformanceCases } from './cases.ts'

export interface ConformanceResult {
  name: string
  ok: boolean
  error?: unknown
}

/** Runs every case, one after another; never throws. */
export async function runConformance(target: ConformanceTarget): Promise<ConformanceResult[]> {
  const results: ConformanceResult[] = []
  for (const c of conformanceCases) {
    try {
      await c.run(target)
      results.push({ name: c.name, ok: true })
    } catch (error) {
      results.push({ name: c.name, ok: false, error })
    }
  }
  return results
}

export { Probe } from './probe.ts'
export { type ConformanceCase, type ConformanceTarget, conformanceCases }
