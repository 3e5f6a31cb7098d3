import type { Locale } from '@chao/core'

// The loader must not pull in core's catalogs (they are most of the chat stage's text), so
// it carries the strings it shows. launcher-label.test.ts checks them against the catalog.
export const LAUNCHER_LABEL: Readonly<Record<Locale, string>> = {
  vi: 'Mở trò chuyện',
  en: 'Open chat',
}

export const UNREAD_LABEL: Readonly<Record<Locale, string>> = {
  vi: '%{count} tin chưa đọc',
  en: '%{count} unread',
}

/** "Open chat, 2 unread": the launcher's accessible name with the badge's count. */
export function launcherLabel(locale: Locale, unread: number): string {
  const open = LAUNCHER_LABEL[locale]
  return unread > 0 ? `${open}, ${UNREAD_LABEL[locale].replace('%{count}', String(unread))}` : open
}
