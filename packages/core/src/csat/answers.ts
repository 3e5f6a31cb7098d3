/** Which questions a site asks after a chat with its team (widget setting `survey`). */
export interface SurveyOptions {
  /** 1–5 rating with an optional comment. Default true. */
  csat?: boolean
  /** "How likely are you to recommend us?", 0–10. Default false. */
  nps?: boolean
  /** "How easy was it to get help?", 1–7. Default false. */
  ces?: boolean
}

export type SurveyStep = 'csat' | 'nps' | 'ces'

/** The visitor's answers; any may be missing, not all (see `cleanRating`). */
export interface Rating {
  /** CSAT, 1 (very bad) – 5 (excellent). */
  score?: number
  comment?: string
  /** Net promoter score, 0–10. */
  nps?: number
  /** Customer effort score, 1 (very hard) – 7 (very easy). */
  ces?: number
}

export const MAX_COMMENT = 1000

const RANGES = { score: [1, 5], nps: [0, 10], ces: [1, 7] } as const

/**
 * Keeps the valid answers (whole numbers in range, a trimmed comment of ≤ 1,000
 * characters); `problem` says what was wrong, for the page's console.
 */
export function cleanRating(input: Rating): { value: Rating; problem?: string } {
  const value: Rating = {}
  const problems: string[] = []
  for (const key of ['score', 'nps', 'ces'] as const) {
    const answer = input[key]
    if (answer === undefined) continue
    const [min, max] = RANGES[key]
    if (Number.isInteger(answer) && answer >= min && answer <= max) value[key] = answer
    else problems.push(`${key} must be a whole number from ${min} to ${max}, got ${String(answer)}`)
  }
  const comment = typeof input.comment === 'string' ? input.comment.trim() : ''
  if (comment !== '') value.comment = comment.slice(0, MAX_COMMENT)
  const empty = value.score === undefined && value.nps === undefined && value.ces === undefined
  if (empty && problems.length === 0) problems.push('a rating needs a score, nps or ces')
  return problems.length === 0 ? { value } : { value, problem: problems.join('; ') }
}
