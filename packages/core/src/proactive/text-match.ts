import type { TextMatch } from './types.ts'

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `**` spans path segments, `*` stays within one; everything else is literal. */
export function globToRegex(glob: string): RegExp {
  const source = glob
    .split('**')
    .map((part) => part.split('*').map(escapeRegex).join('[^/]*'))
    .join('.*')
  return new RegExp(`^${source}$`)
}

/** Compiles the regex of a `glob` or `regex` match; throws on an invalid pattern. */
export function compileTextMatch(match: TextMatch): RegExp | null {
  if ('glob' in match) return globToRegex(match.glob)
  if ('regex' in match) return new RegExp(match.regex, match.flags)
  return null
}

const trimSlash = (s: string) => (s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s)

/**
 * A matcher of one engine: patterns are compiled once and cached per condition object, so a
 * rule set costs nothing to re-evaluate on every signal.
 */
export function createTextMatcher(): (match: TextMatch, text: string, isPath?: boolean) => boolean {
  const compiled = new WeakMap<TextMatch, RegExp | null>()
  return (match, text, isPath = false) => {
    if ('equals' in match) {
      return isPath ? trimSlash(text) === trimSlash(match.equals) : text === match.equals
    }
    if ('prefix' in match) return text.startsWith(match.prefix)
    if ('contains' in match) return text.includes(match.contains)
    let regex = compiled.get(match)
    if (regex === undefined) {
      regex = compileTextMatch(match)
      compiled.set(match, regex)
    }
    return regex?.test(text) ?? false
  }
}
