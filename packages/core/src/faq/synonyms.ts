interface Rule {
  from: readonly string[]
  to: readonly string[]
}

/**
 * Rewrites every phrase of a synonym group to the group's first phrase, on both the
 * indexed questions and the query, so "shipping", "delivery" and "vận chuyển" all become
 * "giao hang". Canonicalising both sides (rather than only expanding the query) keeps
 * the coverage used for calibration honest: one concept is one query slot, not three.
 * Phrases are term sequences from `analyze`; the longest phrase wins at each position. The
 * canonical phrase maps to itself so that it, too, is consumed whole ("giao hang" must not
 * become "giao hang hang" through a shorter rule for "giao").
 */
export class SynonymMap {
  private readonly rules = new Map<string, Rule[]>()

  constructor(groups: readonly (readonly string[][])[]) {
    for (const group of groups) {
      const canonical = group.find((terms) => terms.length > 0)
      if (!canonical) continue
      for (const terms of group) {
        const first = terms[0]
        if (first === undefined) continue
        const list = this.rules.get(first) ?? []
        list.push({ from: terms, to: canonical })
        list.sort((a, b) => b.from.length - a.from.length)
        this.rules.set(first, list)
      }
    }
  }

  get size(): number {
    return this.rules.size
  }

  apply(terms: string[]): string[] {
    if (this.rules.size === 0) return terms
    const out: string[] = []
    let i = 0
    while (i < terms.length) {
      const rule = this.rules.get(terms[i] as string)?.find((r) => startsAt(terms, i, r.from))
      if (rule) {
        out.push(...rule.to)
        i += rule.from.length
      } else {
        out.push(terms[i] as string)
        i++
      }
    }
    return out
  }
}

function startsAt(terms: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > terms.length) return false
  for (let j = 0; j < phrase.length; j++) if (terms[at + j] !== phrase[j]) return false
  return true
}
