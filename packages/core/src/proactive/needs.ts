import type { SignalNeed } from './signals.ts'
import type { ProactiveCondition, ProactiveRule } from './types.ts'

function collect(cond: ProactiveCondition, into: Set<SignalNeed>): void {
  if ('all' in cond) for (const c of cond.all) collect(c, into)
  else if ('any' in cond) for (const c of cond.any) collect(c, into)
  else if ('not' in cond) collect(cond.not, into)
  else if ('title' in cond) into.add('title')
  else if ('scroll' in cond) into.add('scroll')
  else if ('inactive' in cond) into.add('activity')
  else if ('exitIntent' in cond) into.add('exit')
}

/**
 * The listeners `rules` need. Any rule at all needs navigation (a new page view resets the
 * page timers and the per-page cap) and visibility (nothing is shown to a hidden tab); the
 * rest only when a condition reads them.
 */
export function collectNeeds(rules: readonly ProactiveRule[]): Set<SignalNeed> {
  const needs = new Set<SignalNeed>()
  if (rules.length === 0) return needs
  needs.add('navigation')
  needs.add('visibility')
  for (const rule of rules) collect(rule.conditions, needs)
  return needs
}
