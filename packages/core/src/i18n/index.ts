export type { Catalog } from './en.ts'
export { directionOf, isLocale, type Locale, SUPPORTED_LOCALES } from './locale.ts'
export {
  catalogs,
  checkTexts,
  type MessageKey,
  type TextOverrides,
  type Translate,
  translate,
} from './translate.ts'
