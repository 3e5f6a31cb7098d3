import { compileTextMatch } from './text-match.ts'
import type { TextMatch } from './types.ts'
import {
  checkBoolean,
  checkKeys,
  checkNumber,
  checkOneOf,
  checkStrings,
  isNonEmptyString,
  isObject,
  isPrimitive,
  join,
  type Report,
  show,
} from './validate.ts'

/** Every condition kind, with the extra fields it accepts besides its own key. */
const KINDS: Readonly<Record<string, readonly string[]>> = {
  all: [],
  any: [],
  not: [],
  path: [],
  url: [],
  title: [],
  timeOnPage: [],
  timeOnSite: [],
  scroll: [],
  exitIntent: [],
  inactive: [],
  visits: [],
  returning: [],
  referrer: [],
  utm: [],
  attribute: ['op', 'value'],
  identified: [],
  language: [],
  businessHours: [],
  agentsOnline: [],
  event: ['props', 'within'],
}
const KIND_NAMES = Object.keys(KINDS)
const TEXT_OPS = ['equals', 'prefix', 'contains', 'glob', 'regex']
const ATTRIBUTE_OPS = ['eq', 'neq', 'in', 'exists', 'gt', 'lt']
const UTM_FIELDS = ['source', 'medium', 'campaign', 'term', 'content']

function checkTextMatch(value: unknown, path: string, report: Report) {
  const ops = isObject(value) ? Object.keys(value).filter((k) => TEXT_OPS.includes(k)) : []
  if (!isObject(value) || ops.length !== 1) {
    report(path, `must be an object with exactly one of ${TEXT_OPS.join(', ')}`)
    return
  }
  const op = ops[0] as string
  if (!checkKeys(value, op === 'regex' ? ['regex', 'flags'] : [op], path, report)) return
  if (typeof value[op] !== 'string') return report(join(path, op), 'must be a string')
  if (value.flags !== undefined && !/^[imsu]*$/.test(String(value.flags))) {
    // `g` and `y` make RegExp#test stateful, so the same URL would match every other time.
    return report(join(path, 'flags'), `may only hold i, m, s, u; got ${show(value.flags)}`)
  }
  try {
    compileTextMatch(value as TextMatch)
  } catch (error) {
    report(join(path, op), `is not a valid pattern: ${(error as Error).message}`)
  }
}

function checkAttribute(value: Record<string, unknown>, path: string, report: Report) {
  if (!isNonEmptyString(value.attribute))
    report(join(path, 'attribute'), 'must be a non-empty string')
  if (!checkOneOf(value.op, ATTRIBUTE_OPS, join(path, 'op'), report)) return
  const at = join(path, 'value')
  const v = value.value
  if (value.op === 'exists') {
    if (v !== undefined) report(at, 'must be left out for "exists"')
  } else if (value.op === 'in') {
    if (!Array.isArray(v) || v.length === 0 || !v.every(isPrimitive)) {
      report(at, `must be a non-empty array of strings, numbers or booleans for "in"`)
    }
  } else if (value.op === 'gt' || value.op === 'lt') {
    if (typeof v !== 'number') report(at, `must be a number for "${value.op}", got ${show(v)}`)
  } else if (v === undefined || !isPrimitive(v)) {
    report(at, `must be a string, number, boolean or null for "${value.op}", got ${show(v)}`)
  }
}

function checkEvent(value: Record<string, unknown>, path: string, report: Report) {
  if (!isNonEmptyString(value.event)) report(join(path, 'event'), 'must be a non-empty event name')
  const { props, within } = value
  if (props !== undefined && (!isObject(props) || !Object.values(props).every(isPrimitive))) {
    report(join(path, 'props'), 'must be an object of strings, numbers, booleans or null')
  }
  if (within !== undefined) checkNumber(within, join(path, 'within'), report, { min: 1 })
}

function checkVisits(value: unknown, path: string, report: Report) {
  if (!isObject(value) || (value.min === undefined && value.max === undefined)) {
    return report(path, 'must be an object with "min" and/or "max"')
  }
  if (!checkKeys(value, ['min', 'max'], path, report)) return
  const opts = { min: 1, integer: true }
  if (value.min !== undefined) checkNumber(value.min, join(path, 'min'), report, opts)
  if (value.max !== undefined) checkNumber(value.max, join(path, 'max'), report, opts)
  if (Number(value.min) > Number(value.max)) report(path, '"min" must not exceed "max"')
}

function checkUtm(value: unknown, path: string, report: Report) {
  if (!isObject(value) || Object.keys(value).length === 0) {
    return report(path, `must be an object with some of ${UTM_FIELDS.join(', ')}`)
  }
  if (!checkKeys(value, UTM_FIELDS, path, report)) return
  for (const [field, v] of Object.entries(value)) checkStrings(v, join(path, field), report)
}

function checkReferrer(value: unknown, path: string, report: Report) {
  if (!checkStrings(value, path, report)) return
  const hosts = Array.isArray(value) ? value : [value]
  for (const host of hosts) {
    if (/[/:]/.test(host))
      report(path, `must name hosts like "google.com", not URLs; got ${show(host)}`)
  }
}

/** Reports every problem of a condition tree at `path`. */
export function checkCondition(value: unknown, path: string, report: Report) {
  const kinds = isObject(value) ? Object.keys(value).filter((k) => k in KINDS) : []
  if (!isObject(value) || kinds.length !== 1) {
    const found = isObject(value)
      ? `${kinds.length} (${Object.keys(value).join(', ')})`
      : show(value)
    report(
      path,
      `must be an object with exactly one condition (${KIND_NAMES.join(', ')}); got ${found}`,
    )
    return
  }
  const kind = kinds[0] as string
  if (!checkKeys(value, [kind, ...(KINDS[kind] ?? [])], path, report)) return
  const v = value[kind]
  const at = join(path, kind)
  switch (kind) {
    case 'all':
    case 'any':
      if (!Array.isArray(v) || v.length === 0)
        return report(at, 'must be a non-empty array of conditions')
      for (const [i, child] of v.entries()) checkCondition(child, join(at, i), report)
      return
    case 'not':
      return checkCondition(v, at, report)
    case 'path':
    case 'url':
    case 'title':
      return checkTextMatch(v, at, report)
    case 'timeOnPage':
    case 'timeOnSite':
      return void checkNumber(v, at, report)
    case 'inactive':
      return void checkNumber(v, at, report, { min: 1 })
    case 'scroll':
      return void checkNumber(v, at, report, { max: 100 })
    case 'exitIntent':
      if (v !== true) report(at, `must be true, got ${show(v)}`)
      return
    case 'visits':
      return checkVisits(v, at, report)
    case 'referrer':
      return checkReferrer(v, at, report)
    case 'utm':
      return checkUtm(v, at, report)
    case 'attribute':
      return checkAttribute(value, path, report)
    case 'language':
      return void checkStrings(v, at, report)
    case 'event':
      return checkEvent(value, path, report)
    default:
      // returning, identified, businessHours, agentsOnline
      return void checkBoolean(v, at, report)
  }
}
