import { parseProactiveRules } from '@chao/core'

// Rules written in the page (npm options, window.chaoSettings) are checked in full, with a
// clear message per bad rule; a lazy chunk, since the server's rules were checked on save.
// The messages are made here, not in the engine's chunk, which loads before intent.

/** The rules that passed; one console warning per bad rule. */
export function checkRules(input: readonly unknown[], report: (message: string) => void) {
  const { rules, errors } = parseProactiveRules(input)
  for (const error of errors) report(`[Chao] proactive ${error.message}; rule skipped.`)
  return rules
}
