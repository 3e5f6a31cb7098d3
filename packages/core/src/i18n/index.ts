export { type Catalog, type ChatCatalog, type ExtraCatalog, en as enCatalog } from './en.ts'
// Each part from its own module, so that a bundle can take one part of one locale.
export { enChat } from './en-chat.ts'
export { enExtra } from './en-extra.ts'
export { directionOf, isLocale, type Locale, SUPPORTED_LOCALES } from './locale.ts'
export { type Catalogs, lookup } from './lookup.ts'
export {
  catalogs,
  checkTexts,
  type MessageKey,
  type TextOverrides,
  type Translate,
  translate,
} from './translate.ts'
export { vi as viCatalog } from './vi.ts'
export { viChat } from './vi-chat.ts'
export { viExtra } from './vi-extra.ts'
