import type { PageInfo } from './signals.ts'
import type {
  AttributeValue,
  ProactiveCondition,
  ProactiveVisitor,
  TeamStatus,
  TextMatch,
  UtmField,
} from './types.ts'

export interface TrackedEvent {
  name: string
  props: Readonly<Record<string, unknown>>
  at: number
}

/** Everything a condition may look at, as of `now`. */
export interface ConditionContext {
  now: number
  page: PageInfo
  pageStart: number
  sessionStart: number
  /** Deepest scroll of this page view, in percent. */
  scrollDepth: number
  lastActive: number
  /** True only while evaluating an exit-intent signal. */
  exiting: boolean
  visits: number
  /** External referrer host of this session, '' for none. */
  referrer: string
  utm: Partial<Record<UtmField, string>>
  visitor: ProactiveVisitor
  team: TeamStatus | null
  events: readonly TrackedEvent[]
  matchText: (match: TextMatch, text: string, isPath?: boolean) => boolean
}

/**
 * `ok`: the condition holds now. `wake`: the earliest instant (ms) its value can change through
 * time alone, Infinity if only a signal can change it. The engine sets one timer for the
 * smallest `wake` of its rules: no polling.
 */
export interface Verdict {
  ok: boolean
  wake: number
}

const never = (ok: boolean): Verdict => ({ ok, wake: Number.POSITIVE_INFINITY })

/** Becomes true at `at` and stays true. */
const from = (now: number, at: number): Verdict =>
  now >= at ? never(true) : { ok: false, wake: at }

const oneOf = <T>(value: T | T[], test: (item: T) => boolean) =>
  Array.isArray(value) ? value.some(test) : test(value)

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? ''

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

const withoutHash = (url: string) => url.split('#')[0] ?? url

const hostMatches = (host: string, pattern: string) =>
  pattern === '*' ? host !== '' : host === pattern || host.endsWith(`.${pattern}`)

function compareAttribute(
  actual: unknown,
  op: string,
  value: AttributeValue | AttributeValue[] | undefined,
): boolean {
  switch (op) {
    case 'exists':
      return actual !== undefined && actual !== null && actual !== ''
    case 'eq':
      return actual === value
    case 'neq':
      return actual !== value
    case 'in':
      return Array.isArray(value) && value.includes(actual as AttributeValue)
    case 'gt':
      return typeof actual === 'number' && typeof value === 'number' && actual > value
    case 'lt':
      return typeof actual === 'number' && typeof value === 'number' && actual < value
    default:
      return false
  }
}

function combineAll(verdicts: Verdict[]): Verdict {
  const falses = verdicts.filter((v) => !v.ok)
  // All true: the first child to change flips it. Else every false child must turn true.
  if (falses.length === 0) return { ok: true, wake: Math.min(...verdicts.map((v) => v.wake)) }
  return { ok: false, wake: Math.max(...falses.map((v) => v.wake)) }
}

function combineAny(verdicts: Verdict[]): Verdict {
  const trues = verdicts.filter((v) => v.ok)
  if (trues.length === 0) return { ok: false, wake: Math.min(...verdicts.map((v) => v.wake)) }
  return { ok: true, wake: Math.max(...trues.map((v) => v.wake)) }
}

function evaluateEvent(
  cond: Extract<ProactiveCondition, { event: string }>,
  ctx: ConditionContext,
): Verdict {
  let last = Number.NEGATIVE_INFINITY
  for (const event of ctx.events) {
    if (event.name !== cond.event) continue
    const props = cond.props ?? {}
    if (Object.keys(props).every((key) => event.props[key] === props[key])) {
      last = Math.max(last, event.at)
    }
  }
  if (last === Number.NEGATIVE_INFINITY) return never(false)
  if (cond.within === undefined) return never(true)
  const until = last + cond.within * 1000
  return ctx.now <= until ? { ok: true, wake: until + 1 } : never(false)
}

/** Evaluates a (validated) condition tree. */
export function evaluateCondition(cond: ProactiveCondition, ctx: ConditionContext): Verdict {
  if ('all' in cond) return combineAll(cond.all.map((c) => evaluateCondition(c, ctx)))
  if ('any' in cond) return combineAny(cond.any.map((c) => evaluateCondition(c, ctx)))
  if ('not' in cond) {
    const inner = evaluateCondition(cond.not, ctx)
    return { ok: !inner.ok, wake: inner.wake }
  }
  if ('timeOnPage' in cond) return from(ctx.now, ctx.pageStart + cond.timeOnPage * 1000)
  if ('timeOnSite' in cond) return from(ctx.now, ctx.sessionStart + cond.timeOnSite * 1000)
  // Activity moves the instant later; the engine re-evaluates when activity resumes.
  if ('inactive' in cond) return from(ctx.now, ctx.lastActive + cond.inactive * 1000)
  if ('event' in cond) return evaluateEvent(cond, ctx)
  return never(evaluateStatic(cond, ctx))
}

/** Conditions that only a signal can change. */
function evaluateStatic(cond: ProactiveCondition, ctx: ConditionContext): boolean {
  if ('path' in cond) return ctx.matchText(cond.path, pathOf(ctx.page.url), true)
  if ('url' in cond) return ctx.matchText(cond.url, withoutHash(ctx.page.url))
  if ('title' in cond) return ctx.matchText(cond.title, ctx.page.title)
  if ('scroll' in cond) return ctx.scrollDepth >= cond.scroll
  if ('exitIntent' in cond) return ctx.exiting
  if ('visits' in cond) {
    const { min = 0, max = Number.POSITIVE_INFINITY } = cond.visits
    return ctx.visits >= min && ctx.visits <= max
  }
  if ('returning' in cond) return ctx.visits > 1 === cond.returning
  if ('referrer' in cond) return oneOf(cond.referrer, (p) => hostMatches(ctx.referrer, p))
  if ('utm' in cond) {
    return Object.entries(cond.utm).every(([field, expected]) => {
      const actual = ctx.utm[field as UtmField]?.toLowerCase()
      return expected !== undefined && oneOf(expected, (e) => e.toLowerCase() === actual)
    })
  }
  if ('attribute' in cond) {
    return compareAttribute(ctx.visitor.attributes?.[cond.attribute], cond.op, cond.value)
  }
  if ('identified' in cond) return (ctx.visitor.identified ?? false) === cond.identified
  if ('language' in cond) {
    const lang = primary(ctx.visitor.language ?? ctx.page.language)
    return oneOf(cond.language, (l) => primary(l) === lang)
  }
  // Unknown team status fails closed: neither "open" nor "closed" rules fire.
  if ('businessHours' in cond) return ctx.team?.businessHours === cond.businessHours
  if ('agentsOnline' in cond) {
    return ctx.team !== null && ctx.team.agentsOnline > 0 === cond.agentsOnline
  }
  return false
}
