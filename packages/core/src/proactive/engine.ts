import { type ParseRules, startProactiveEngine } from './engine-core.ts'
import type { ProactiveEngine, ProactiveEngineOptions } from './engine-types.ts'
import { parseProactiveRules } from './parse.ts'
import type { ProactiveRule } from './types.ts'

/**
 * The proactive rules engine. Rules are validated on load (and on `setRules`): a bad rule is
 * reported through `onRuleError` and skipped, the others run.
 */
export function createProactiveEngine(options: ProactiveEngineOptions): ProactiveEngine {
  return startProactiveEngine(options, parseProactiveRules)
}

const isRule = (x: unknown): x is ProactiveRule => {
  const rule = x as Partial<ProactiveRule> | null
  return typeof rule?.id === 'string' && typeof rule.conditions === 'object' && !!rule.message
}

/** Keeps what has a rule's shape; the full checks were made where the rules were saved. */
const trustRules: ParseRules = (input) => ({
  rules: Array.isArray(input)
    ? (JSON.parse(JSON.stringify(input.filter(isRule))) as ProactiveRule[])
    : [],
  errors: [],
})

/**
 * The engine for rules already validated by `parseProactiveRules`, e.g. by the server when an
 * admin saved them: it skips the validator (and its messages), which keeps the widget's
 * before-intent bundle small. Rules typed by a developer go through `createProactiveEngine`.
 */
export function createTrustedProactiveEngine(options: ProactiveEngineOptions): ProactiveEngine {
  return startProactiveEngine(options, trustRules)
}
