import type { LinkCard } from '@chao/protocol'

/** One question the bot can answer, with the phrasings visitors may use for it. */
export interface FaqEntry {
  /** Stable identifier, unique within the knowledge base. */
  id: string
  /** Phrasings of the question; each is indexed separately. */
  questions: string[]
  /** Markdown shown as the bot's answer. */
  answer: string
  tags?: string[]
  /** Ids of entries offered as quick replies under the answer. */
  followUps?: string[]
  links?: LinkCard[]
}

export interface FaqKnowledgeBase {
  locale?: string
  entries: FaqEntry[]
  /** Groups of interchangeable words or phrases, e.g. `["giao hàng", "shipping"]`. */
  synonyms?: string[][]
}

export interface FaqMatcherOptions {
  /** Minimum calibrated score (0..1) for an answer to be given. Default `DEFAULT_THRESHOLD`. */
  threshold?: number
}

export interface FaqCandidate {
  entry: FaqEntry
  /** Similarity of the query to this entry, 0..1, before the ambiguity penalty. */
  score: number
}

export interface FaqMatch {
  /** The answer to give, or null when the matcher is not confident. */
  entry: FaqEntry | null
  /** Calibrated confidence in 0..1 for the best candidate (also set when `entry` is null). */
  score: number
  confident: boolean
  /** Up to 3 next-best candidates, excluding `entry`; when `entry` is null, the best ones. */
  alternatives: FaqCandidate[]
}

export interface FaqMatcher {
  match(text: string): FaqMatch
  /** Looks an entry up by id, e.g. to answer a follow-up quick reply directly. */
  getEntry?(id: string): FaqEntry | undefined
}
