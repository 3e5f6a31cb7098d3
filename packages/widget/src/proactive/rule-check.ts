import { parseProactiveRules, type RuleError } from '@chao/core'

// Rules written in the page (npm options, window.chaoSettings) are checked in full, with a
// clear message per bad rule; a lazy chunk, since the server's rules were checked on save.

/** The rules that passed; one console warning per bad rule. */
export function checkRules(input: readonly unknown[], warn: (errors: RuleError[]) => void) {
  const { rules, errors } = parseProactiveRules(input)
  if (errors.length > 0) warn(errors)
  return rules
}
