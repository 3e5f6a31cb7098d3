export { type Catalog, en as enCatalog } from './en.ts'
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
