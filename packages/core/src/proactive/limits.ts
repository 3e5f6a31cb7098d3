import type { ProactiveLimits, ProactiveRule } from './types.ts'
import type { VisitorState } from './visitor-state.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** Rules without `limits` show once per session: a forgotten limit must not nag. */
const DEFAULT_LIMITS: ProactiveLimits = { once: 'session' }

/**
 * Whether `rule` may still show to this visitor, by its own limits and the visitor's
 * dismissals. The global caps (per page view, per session) are the engine's.
 */
export function isAllowed(rule: ProactiveRule, state: VisitorState, now: number): boolean {
  if (rule.enabled === false || state.dismissed[rule.id] !== undefined) return false
  const limits = rule.limits ?? DEFAULT_LIMITS
  const lastShown = state.seen[rule.id]
  if (limits.once === 'visitor' && lastShown !== undefined) return false
  if (limits.once === 'session' && state.session.shown.includes(rule.id)) return false
  if (limits.everyDays !== undefined && lastShown !== undefined) {
    if (now - lastShown < limits.everyDays * DAY_MS) return false
  }
  return true
}

/**
 * True when nothing in this page's lifetime can make `rule` show again (disabled, dismissed,
 * or seen once per visitor): its listeners can go.
 */
export function isRetired(rule: ProactiveRule, state: VisitorState): boolean {
  return (
    rule.enabled === false ||
    state.dismissed[rule.id] !== undefined ||
    (rule.limits?.once === 'visitor' && state.seen[rule.id] !== undefined)
  )
}
