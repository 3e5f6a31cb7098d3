const VOWEL = /[aeiouy]/

function hasVowel(s: string): boolean {
  return VOWEL.test(s)
}

/** "shipp" → "ship", but "call" stays: l, s and z doubles are part of the stem. */
function undouble(s: string): string {
  const last = s.charAt(s.length - 1)
  if (s.length >= 4 && last === s.charAt(s.length - 2) && !'aeiouy'.includes(last)) {
    // "cancell" → "cancel", but "call", "pass" and "buzz" keep their doubles.
    if (!'lsz'.includes(last) || s.length >= 6) return s.slice(0, -1)
  }
  return s
}

function stripSuffix(t: string): string {
  if (t.length < 4) return t
  if (t.endsWith('ies') && t.length > 4) return `${t.slice(0, -3)}y`
  if (/(?:ss|ch|sh|x)es$/.test(t)) return t.slice(0, -2)
  if (t.endsWith('ing') && t.length >= 6) {
    const stem = t.slice(0, -3)
    if (hasVowel(stem)) return undouble(stem)
  }
  if (t.endsWith('ed') && t.length >= 5) {
    const stem = t.slice(0, -2)
    if (hasVowel(stem)) return undouble(stem)
  }
  if (t.endsWith('s') && !/(?:ss|us|is)$/.test(t)) return t.slice(0, -1)
  return t
}

/**
 * English stemming-lite for folded tokens: plural -s/-es/-ies, -ing, -ed, then a final
 * silent -e, so "charge", "charges", "charged" and "charging" share "charg". Safe on
 * Vietnamese: no folded syllable ends in s, ed or ing, and -oe/-ue syllables are kept.
 */
export function stem(token: string): string {
  if (!/^[a-z]+$/.test(token)) return token
  const s = stripSuffix(token)
  if (s.length >= 4 && s.endsWith('e') && !/[ou]e$/.test(s)) return s.slice(0, -1)
  return s
}
