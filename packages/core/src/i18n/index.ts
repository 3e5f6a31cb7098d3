export type { Catalog } from './en.ts'
export { isLocale, type Locale, SUPPORTED_LOCALES } from './locale.ts'
export { catalogs, type MessageKey, translate } from './translate.ts'
