import { checkCondition } from './parse-condition.ts'
import { checkDelivery, checkLimits, checkMessage } from './parse-message.ts'
import type { ProactiveRule, RuleError } from './types.ts'
import { checkBoolean, checkKeys, checkNumber, isObject, type Report } from './validate.ts'

const RULE_KEYS = ['id', 'enabled', 'conditions', 'message', 'delivery', 'limits', 'priority']
const MAX_ID_LENGTH = 100

function ruleError(index: number, id: string | null, field: string, reason: string): RuleError {
  const where = `rule #${index}${id === null ? '' : ` "${id}"`}${field === '' ? '' : ` ${field}`}`
  return { index, id, field, reason, message: `${where}: ${reason}` }
}

function checkRule(value: unknown, report: Report, ids: Set<string>) {
  if (!isObject(value)) return report('', 'must be an object with id, conditions and message')
  checkKeys(value, RULE_KEYS, '', report)
  const { id } = value
  if (typeof id !== 'string' || id.trim() === '' || id.length > MAX_ID_LENGTH) {
    report('id', `must be a non-empty string of at most ${MAX_ID_LENGTH} characters`)
  } else if (ids.has(id)) {
    report('id', 'is already used by an earlier rule; ids must be unique')
  }
  if (value.enabled !== undefined) checkBoolean(value.enabled, 'enabled', report)
  if (value.conditions === undefined) report('conditions', 'is required')
  else checkCondition(value.conditions, 'conditions', report)
  if (value.message === undefined) report('message', 'is required')
  else checkMessage(value.message, 'message', report)
  if (value.delivery !== undefined) checkDelivery(value.delivery, 'delivery', report)
  if (value.limits !== undefined) checkLimits(value.limits, 'limits', report)
  if (value.priority !== undefined) {
    checkNumber(value.priority, 'priority', report, { min: Number.NEGATIVE_INFINITY })
  }
}

/**
 * Validates rules from JSON (site configuration, npm options). Every problem is reported with
 * the rule's index, id and field; a rule with any problem is skipped, the others load. The
 * returned rules are copies.
 */
export function parseProactiveRules(input: unknown): {
  rules: ProactiveRule[]
  errors: RuleError[]
} {
  if (!Array.isArray(input)) {
    return {
      rules: [],
      errors: [ruleError(-1, null, '', 'rules must be an array of rule objects')],
    }
  }
  const rules: ProactiveRule[] = []
  const errors: RuleError[] = []
  const ids = new Set<string>()
  input.forEach((value, index) => {
    const id = isObject(value) && typeof value.id === 'string' ? value.id : null
    const before = errors.length
    checkRule(value, (field, reason) => errors.push(ruleError(index, id, field, reason)), ids)
    if (id !== null) ids.add(id)
    if (errors.length === before) rules.push(JSON.parse(JSON.stringify(value)))
  })
  return { rules, errors }
}
