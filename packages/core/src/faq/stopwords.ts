/**
 * Fillers: words that never carry the question, compared after diacritics folding
 * ("ạ" is "a"). Deliberately short. Question and function words ("how", "why", "không",
 * "được", "bao nhiêu") stay: they separate intents ("why was I charged" / "how do I pay")
 * and IDF already makes them cheap. Folding makes some Vietnamese words collide, so no
 * word whose folded form is also a content word is listed ("ban" is bạn and bán, "ma"
 * is mà and mã).
 */
export const FILLERS: ReadonlySet<string> = new Set(
  [
    // Vietnamese particles and greetings: ạ, à, ơi, nhé, nhỉ, ừ, nè, alô, xin chào.
    'a ah ak oi nhe nhi u uh ne alo chao xin',
    // English articles and greetings.
    'an the hi hello hey please pls thanks thank thx',
  ]
    .join(' ')
    .split(' '),
)

/**
 * Function words: kept (they separate "why was I charged" from "how do I pay") but
 * weighted at FUNCTION_WORD_BOOST, because in a small knowledge base IDF cannot tell that
 * "tôi muốn" is generic: 15 entries give it as much weight as "hoàn tiền".
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    // Vietnamese pronouns, copulas, modal and generic verbs, question words (folded).
    'toi minh em anh chi ban chung ta ho no la va voi thi ma co khong duoc bi can muon',
    'phai nen se da dang roi chua vay the nao gi sao hay hoac cho hoi giup biet lam duoc',
    // English pronouns, auxiliaries, prepositions, generic verbs.
    'i me my mine you your we us our it its this that is are am was were be been do doe did',
    'can could would will should shall may might to of in on at by for with and or if so',
    'want need like get got have ha had know tell',
  ]
    .join(' ')
    .split(' '),
)
