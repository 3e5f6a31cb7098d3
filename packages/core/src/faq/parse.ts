import type { LinkCard } from '@chao/protocol'
import { MAX_TEXT_LENGTH } from '@chao/protocol'
import type { FaqEntry, FaqKnowledgeBase } from './types.ts'

/** Thrown by `parseFaqKb`; `issues` holds one line per problem, all found in one pass. */
export class FaqKbError extends Error {
  readonly issues: string[]

  constructor(issues: string[]) {
    super(
      `Invalid FAQ knowledge base (${issues.length} issue${issues.length === 1 ? '' : 's'}). ` +
        `Fix these in the FAQ JSON:\n- ${issues.join('\n- ')}`,
    )
    this.name = 'FaqKbError'
    this.issues = issues
  }
}

const KB_KEYS = new Set(['locale', 'entries', 'synonyms'])
const ENTRY_KEYS = new Set(['id', 'questions', 'answer', 'tags', 'followUps', 'links'])

type Record_ = Record<string, unknown>

function isObject(x: unknown): x is Record_ {
  return typeof x === 'object' && x !== null && !Array.isArray(x)
}

function isNonEmptyString(x: unknown): x is string {
  return typeof x === 'string' && x.trim() !== ''
}

function isHttpUrl(x: string): boolean {
  try {
    const url = new URL(x)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

function show(x: unknown): string {
  const s = JSON.stringify(x) ?? String(x)
  return s.length > 40 ? `${s.slice(0, 37)}...` : s
}

/** Validates an array of non-empty strings; reports per item. */
function stringList(value: unknown, field: string, report: (msg: string) => void): string[] {
  if (!Array.isArray(value)) {
    report(`"${field}" must be an array of strings`)
    return []
  }
  const out: string[] = []
  value.forEach((item, i) => {
    if (isNonEmptyString(item)) out.push(item)
    else report(`"${field}[${i}]" must be a non-empty string, got ${show(item)}`)
  })
  return out
}

function parseLinks(value: unknown, report: (msg: string) => void): LinkCard[] {
  if (!Array.isArray(value)) {
    report('"links" must be an array of { "title", "url" } objects')
    return []
  }
  const out: LinkCard[] = []
  value.forEach((link, i) => {
    if (!isObject(link)) {
      report(`"links[${i}]" must be an object with "title" and "url"`)
      return
    }
    const { title, url } = link
    let ok = true
    if (!isNonEmptyString(title)) {
      report(`"links[${i}].title" must be a non-empty string`)
      ok = false
    }
    if (typeof url !== 'string' || !isHttpUrl(url)) {
      // Only http(s): a javascript: or data: URL in a link card would run in the host page.
      report(`"links[${i}].url" must be an http(s) URL, got ${show(url)}`)
      ok = false
    }
    if (ok) out.push({ title: title as string, url: url as string })
  })
  return out
}

function parseEntry(raw: unknown, label: string, issues: string[]): FaqEntry | null {
  if (!isObject(raw)) {
    issues.push(`${label}: must be an object with "id", "questions" and "answer"`)
    return null
  }
  const where = isNonEmptyString(raw.id) ? `${label} (id ${JSON.stringify(raw.id)})` : label
  const report = (msg: string) => issues.push(`${where}: ${msg}`)
  const before = issues.length

  if (!isNonEmptyString(raw.id)) report(`"id" must be a non-empty string, got ${show(raw.id)}`)
  const questions = stringList(raw.questions, 'questions', report)
  if (Array.isArray(raw.questions) && raw.questions.length === 0) {
    report('"questions" must contain at least one question')
  }
  if (!isNonEmptyString(raw.answer)) {
    report('"answer" must be a non-empty string')
  } else if (raw.answer.length > MAX_TEXT_LENGTH) {
    report(`"answer" is ${raw.answer.length} characters; the limit is ${MAX_TEXT_LENGTH}`)
  }
  const entry: FaqEntry = { id: raw.id as string, questions, answer: raw.answer as string }
  if (raw.tags !== undefined) entry.tags = stringList(raw.tags, 'tags', report)
  if (raw.followUps !== undefined) entry.followUps = stringList(raw.followUps, 'followUps', report)
  if (raw.links !== undefined) entry.links = parseLinks(raw.links, report)
  for (const key of Object.keys(raw)) {
    if (!ENTRY_KEYS.has(key)) {
      report(`unknown field "${key}" (allowed: ${[...ENTRY_KEYS].join(', ')})`)
    }
  }
  return issues.length === before ? entry : null
}

function checkReferences(entries: FaqEntry[], labels: string[], issues: string[]): void {
  const firstIndex = new Map<string, number>()
  entries.forEach((entry, i) => {
    const seen = firstIndex.get(entry.id)
    if (seen === undefined) firstIndex.set(entry.id, i)
    else issues.push(`${labels[i]}: "id" duplicates entries[${seen}]; ids must be unique`)
  })
  entries.forEach((entry, i) => {
    entry.followUps?.forEach((target, j) => {
      if (!firstIndex.has(target)) {
        issues.push(`${labels[i]}: "followUps[${j}]" refers to unknown entry id "${target}"`)
      } else if (target === entry.id) {
        issues.push(`${labels[i]}: "followUps[${j}]" refers to the entry itself`)
      }
    })
  })
}

function parseSynonyms(value: unknown, issues: string[]): string[][] {
  if (!Array.isArray(value)) {
    issues.push('"synonyms" must be an array of string arrays, e.g. [["giao hàng", "shipping"]]')
    return []
  }
  const out: string[][] = []
  value.forEach((group, i) => {
    const report = (msg: string) => issues.push(`synonyms[${i}]: ${msg}`)
    const words = stringList(group, 'group', report)
    if (Array.isArray(group) && group.length < 2) report('a group needs at least two phrases')
    out.push(words)
  })
  return out
}

/**
 * Validates unknown JSON as a FAQ knowledge base and returns a clean copy.
 * Collects every problem before throwing, so one run shows the author all the fixes.
 */
export function parseFaqKb(input: unknown): FaqKnowledgeBase {
  const issues: string[] = []
  if (!isObject(input)) {
    throw new FaqKbError(['the knowledge base must be an object like { "entries": [...] }'])
  }
  for (const key of Object.keys(input)) {
    if (!KB_KEYS.has(key)) issues.push(`unknown top-level field "${key}"`)
  }
  if (input.locale !== undefined && !isNonEmptyString(input.locale)) {
    issues.push('"locale" must be a non-empty string such as "vi" or "en"')
  }
  const entries: FaqEntry[] = []
  const labels: string[] = []
  if (!Array.isArray(input.entries)) {
    issues.push('"entries" must be an array of FAQ entries')
  } else {
    input.entries.forEach((raw, i) => {
      const label = `entries[${i}]`
      const entry = parseEntry(raw, label, issues)
      if (entry) {
        entries.push(entry)
        labels.push(`${label} (id ${JSON.stringify(entry.id)})`)
      }
    })
    checkReferences(entries, labels, issues)
  }
  const kb: FaqKnowledgeBase = { entries }
  if (typeof input.locale === 'string') kb.locale = input.locale
  if (input.synonyms !== undefined) kb.synonyms = parseSynonyms(input.synonyms, issues)
  if (issues.length > 0) throw new FaqKbError(issues)
  return kb
}
