import { createFaqMatcher } from './matcher.ts'
import { normalizeText } from './normalize.ts'
import type { FaqEntry, FaqKnowledgeBase } from './types.ts'

export interface FaqProblem {
  /** 1-based line in the Markdown source. */
  line: number
  message: string
  /** An error makes the KB unfit to publish; a warning is worth a look. */
  severity: 'error' | 'warning'
}

export interface FaqCompileResult {
  kb: FaqKnowledgeBase
  problems: FaqProblem[]
}

interface Draft {
  entry: FaqEntry
  line: number
  /** Line of each question, parallel to `entry.questions`. */
  questionLines: number[]
  followUpLine: number
}

const HEADING = /^##\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/
const LOCALE = /^(?:#\s+.*\(\s*locale:\s*([\w-]+)\s*\)|locale:\s*([\w-]+))\s*$/i
const BULLET = /^\s*[-*+]\s+(.*)$/
const FIELD = /^(tags|follow-?ups|links):\s*(.*)$/i
/** A rival entry this similar to a question (calibrated) would be answered for it on its own. */
const CONFUSABLE = 0.85
const LINK = /^\[([^\]]+)\]\(([^)\s]+)\)$/

/** "Phí giao hàng là bao nhiêu?" → "phi-giao-hang-la-bao-nhieu" (folded, ASCII). */
export function slugify(text: string): string {
  return normalizeText(text).replace(/ /g, '-')
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)

/**
 * Compiles the Markdown authoring format into a knowledge base, collecting every
 * problem with its line instead of stopping at the first:
 *
 * ```md
 * # FAQ (locale: vi)
 * ## Phí giao hàng là bao nhiêu? {#shipping-fee}
 * - Phí ship bao nhiêu?
 * - How much is shipping?
 *
 * Đồng giá **30.000đ**, miễn phí từ 500.000đ.
 *
 * Tags: shipping, pricing
 * Follow-ups: shipping-time
 * Links:
 * - [Chính sách giao hàng](https://shop.example/giao-hang)
 * ```
 *
 * The heading is the first question; the bullets right under it are more phrasings; the
 * rest up to the next `##` is the answer, minus the `Tags:`, `Follow-ups:` and `Links:`
 * lines. Errors: missing answer or question, duplicate id, the same question (after
 * normalisation) in two entries, unknown follow-up, bad link. Warnings: a question the
 * matcher would answer with, or confuse with, another entry.
 */
export function compileFaqMarkdown(source: string): FaqCompileResult {
  const problems: FaqProblem[] = []
  const report = (line: number, message: string, severity: FaqProblem['severity'] = 'error') =>
    problems.push({ line, message, severity })
  const drafts: Draft[] = []
  let locale: string | undefined
  let current: Draft | undefined
  let answer: string[] = []
  let inPhrasings = false
  let inLinks = false
  let fence = false

  const finish = () => {
    if (!current) return
    current.entry.answer = answer.join('\n').trim()
    if (!current.entry.answer) report(current.line, `entry "${current.entry.id}" has no answer`)
    answer = []
  }

  source.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1
    if (/^\s*(```|~~~)/.test(text)) fence = !fence
    const heading = fence ? null : HEADING.exec(text)
    if (heading) {
      finish()
      const question = heading[1] ?? ''
      const id = heading[2]?.trim() || slugify(question)
      if (!question) report(line, 'a "##" heading needs the question as its text')
      if (!id) report(line, `cannot derive an id from "${question}"; add {#some-id}`)
      current = {
        entry: { id, questions: question ? [question] : [], answer: '' },
        line,
        questionLines: question ? [line] : [],
        followUpLine: line,
      }
      drafts.push(current)
      inPhrasings = true
      inLinks = false
      return
    }
    if (!current) {
      const m = LOCALE.exec(text.trim())
      if (m) locale = m[1] ?? m[2]
      else if (text.trim() && !/^#\s/.test(text))
        report(line, 'text before the first "##" question is ignored', 'warning')
      return
    }
    const bullet = fence ? null : BULLET.exec(text)
    if (inPhrasings && bullet) {
      current.entry.questions.push((bullet[1] as string).trim())
      current.questionLines.push(line)
      return
    }
    if (inPhrasings && text.trim() === '') return
    inPhrasings = false
    if (inLinks && bullet) {
      const link = LINK.exec((bullet[1] as string).trim())
      if (!link || !/^https?:\/\//.test(link[2] as string))
        report(line, 'a link must be "- [title](https://…)"')
      else {
        current.entry.links ??= []
        current.entry.links.push({ title: link[1] as string, url: link[2] as string })
      }
      return
    }
    if (inLinks && text.trim() === '') return
    inLinks = false
    const field = fence ? null : FIELD.exec(text.trim())
    if (field) {
      const name = (field[1] as string).toLowerCase()
      const value = field[2] as string
      if (name === 'tags') current.entry.tags = list(value)
      else if (name === 'links') inLinks = true
      else {
        current.entry.followUps = list(value)
        current.followUpLine = line
      }
      return
    }
    answer.push(text)
  })
  finish()

  const entries = drafts.map((d) => d.entry)
  checkIds(drafts, report)
  checkQuestions(drafts, report)
  const kb: FaqKnowledgeBase = { entries }
  if (locale) kb.locale = locale
  checkConfusions(kb, drafts, report)
  problems.sort((a, b) => a.line - b.line)
  return { kb, problems }
}

type Report = (line: number, message: string, severity?: FaqProblem['severity']) => void

function checkIds(drafts: Draft[], report: Report): void {
  const lineOf = new Map<string, number>()
  for (const d of drafts) {
    const seen = lineOf.get(d.entry.id)
    if (seen !== undefined)
      report(d.line, `id "${d.entry.id}" is already used at line ${seen}; add {#another-id}`)
    else lineOf.set(d.entry.id, d.line)
  }
  for (const d of drafts) {
    for (const target of d.entry.followUps ?? []) {
      if (!lineOf.has(target)) report(d.followUpLine, `follow-up "${target}" is not an entry id`)
      else if (target === d.entry.id) report(d.followUpLine, 'an entry cannot follow up itself')
    }
  }
}

/** The same question, once normalised, in two places: the matcher can't tell them apart. */
function checkQuestions(drafts: Draft[], report: Report): void {
  const seen = new Map<string, { id: string; line: number }>()
  for (const d of drafts) {
    d.entry.questions.forEach((q, i) => {
      const line = d.questionLines[i] as number
      const key = normalizeText(q)
      const first = seen.get(key)
      if (!key) report(line, `question "${q}" has no words`)
      else if (!first) seen.set(key, { id: d.entry.id, line })
      else if (first.id === d.entry.id)
        report(line, `"${q}" repeats line ${first.line} in the same entry`, 'warning')
      else
        report(
          line,
          `duplicate question: "${q}" (line ${line}, entry "${d.entry.id}") is also at line ${first.line} (entry "${first.id}")`,
        )
    })
  }
}

/**
 * Near-duplicates across entries: each question is asked to the matcher of the whole KB.
 * It should get its own entry, confidently; when another entry wins or ties with it,
 * visitors asking it would get the wrong answer or a "did you mean".
 */
function checkConfusions(kb: FaqKnowledgeBase, drafts: Draft[], report: Report): void {
  if (drafts.length < 2) return
  const matcher = createFaqMatcher(kb)
  const lineOf = new Map(drafts.map((d) => [d.entry.id, d.line]))
  for (const d of drafts) {
    d.entry.questions.forEach((q, i) => {
      const match = matcher.match(q)
      const rival = match.alternatives.find((c) => c.entry.id !== d.entry.id)
      const wins = match.entry !== null && match.entry.id !== d.entry.id
      if (!wins && (!rival || rival.score < CONFUSABLE)) return
      const other = wins ? (match.entry as FaqEntry) : (rival as { entry: FaqEntry }).entry
      report(
        d.questionLines[i] as number,
        `"${q}" (entry "${d.entry.id}") is too close to entry "${other.id}" (line ${lineOf.get(other.id)}): ` +
          'the bot may answer one with the other. Reword the questions or merge the entries',
        'warning',
      )
    })
  }
}
