/**
 * English strings, the reference catalog: `Catalog` is derived from these keys and every
 * other locale must provide the same ones. `%{name}` is replaced by `translate` params.
 * Site owners may override any key per locale (`texts: { en: { 'bot.greeting': … } }`).
 *
 * A catalog comes in two parts, each a module of its own, so that the widget's bot-only chat
 * loads only the first: `enChat` (en-chat.ts), what every chat window and its bot show, and
 * `enExtra` (en-extra.ts), the texts of what only some chats use: the parts that load later
 * (live chat, pre-chat and offline forms, lead capture, post-chat survey), loaded before they
 * show, and the features a site turns on (the bot's contact questions, attachments), loaded
 * with the chat on those sites. The launcher and the proactive bubble carry their own copies
 * of theirs. Each string has a comment there saying where it appears.
 */
import { enChat } from './en-chat.ts'
import { enExtra } from './en-extra.ts'

export { enChat, enExtra }

export const en = { ...enChat, ...enExtra }

export type Catalog = Record<keyof typeof en, string>
/** The texts the bot-only chat shows (`enChat`'s keys). */
export type ChatCatalog = Record<keyof typeof enChat, string>
/** The texts of the parts loaded later (`enExtra`'s keys). */
export type ExtraCatalog = Record<keyof typeof enExtra, string>
