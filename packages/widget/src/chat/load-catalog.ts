import type { ChatEngine, Locale } from '@chao/core'

// A locale's texts come in two chunks: those of every chat window and its bot, loaded with
// the chat, and the extra texts of what only some chats use: the parts that load later (live
// chat, pre-chat and offline forms, lead capture, post-chat survey), loaded before any of
// those shows, and the features a site turns on (the bot's contact questions, attachments),
// loaded with the chat on those sites.
const CHUNKS = {
  vi: {
    chat: () => import('../lazy/catalog-vi.ts'),
    extra: () => import('../lazy/catalog-extra-vi.ts'),
  },
  en: {
    chat: () => import('../lazy/catalog-en.ts'),
    extra: () => import('../lazy/catalog-extra-en.ts'),
  },
}

/** Loads an engine's texts. A failed load rejects, and the engine keeps the texts it has. */
export interface TextLoader {
  /** The chat's texts in `locale`, and its extra texts once a part has needed them. */
  load(locale: Locale): Promise<void>
  /** The extra texts in the engine's locale; from now on `load` brings them too. */
  extra(): Promise<void>
}

/** `extra`: the chat needs the extra texts from the start (its site uses those features). */
export function textLoader(
  engine: Pick<ChatEngine, 'addCatalog' | '$locale'>,
  extra = false,
): TextLoader {
  const add = (locale: Locale, part: 'chat' | 'extra') =>
    CHUNKS[locale][part]().then(({ catalog }) => engine.addCatalog(locale, catalog))
  return {
    load: (locale) =>
      Promise.all([add(locale, 'chat'), extra && add(locale, 'extra')]).then(() => {}),
    extra() {
      extra = true
      return add(engine.$locale.get(), 'extra')
    },
  }
}
