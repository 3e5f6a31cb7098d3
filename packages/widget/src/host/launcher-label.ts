import type { Locale } from '@chao/core'

// The loader must not pull in core's catalogs (they are most of the chat stage's text), so
// it carries the one string it shows. launcher-label.test.ts checks it against the catalog.
export const LAUNCHER_LABEL: Readonly<Record<Locale, string>> = {
  vi: 'Mở trò chuyện',
  en: 'Open chat',
}
