import { normalizeText } from '../faq/normalize.ts'

// Requests for a human, matched on normalised text (lower case, diacritics folded,
// abbreviations expanded: "nv" → nhân viên, "ng" → người), so "gap nhan vien", "gặp NV" and
// "Gặp nhân viên" are one phrase. Verb + person, not the bare word: "nhân viên giao hàng có
// gọi trước không?" is a FAQ question, not a request for an agent.
const HUMAN =
  /\b(?:(?:gap|goi|can|muon|xin|cho) (?:(?:gap|noi chuyen voi|chat voi) )?(?:nhan vien|tu van vien|nguoi that|nguoi ho tro)|(?:noi chuyen|chat|trao doi|ket noi|lien he) (?:truc tiep )?(?:voi )?(?:nhan vien|tu van vien|nguoi that|nguoi ho tro|nguoi)|tu van vien|nguoi that|nhan vien (?:tu van|ho tro|cham soc khach hang)|(?:talk|speak|chat|connect me|connect)(?: directly)? (?:to|with) (?:a |an |the |your |some )?(?:human|person|agent|someone|somebody|staff|representative|operator|real|live)|(?:real|live|human) (?:person|agent|human|support)|customer (?:service|support) (?:agent|representative))\b/

/**
 * Whether the visitor asks to talk to a person, in Vietnamese or English, typed with or
 * without diacritics, or uses one of the site's `keywords` (whole words, also normalised).
 */
export function asksForHuman(text: string, keywords: readonly string[] = []): boolean {
  const normal = normalizeText(text)
  if (HUMAN.test(normal)) return true
  const padded = ` ${normal} `
  return keywords.some((keyword) => {
    const word = normalizeText(keyword)
    return word !== '' && padded.includes(` ${word} `)
  })
}
