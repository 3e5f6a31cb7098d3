import {
  type ChatEngine,
  createChatEngineWith,
  type Locale,
  SUPPORTED_LOCALES,
  type TextOverrides,
} from '@chao/core'
import type { WidgetSettings } from '../settings/settings.ts'

/** The bot "types" this long before it answers, so that its answer reads as a reply. */
export const BOT_DELAY_MS = 350

/** The site's texts: `texts` per locale, with `greeting` as every locale's bot greeting. */
export function siteTexts(settings: WidgetSettings): TextOverrides | undefined {
  const { texts, greeting } = settings
  if (!greeting) return texts
  const merged: TextOverrides = { ...texts }
  for (const locale of SUPPORTED_LOCALES as Locale[]) {
    merged[locale] = { 'bot.greeting': greeting, ...merged[locale] }
  }
  return merged
}

/** The headless engine configured from the widget settings. */
export function createEngine(
  settings: WidgetSettings,
  report: (message: string) => void,
  botDelay = BOT_DELAY_MS,
): ChatEngine {
  const texts = siteTexts(settings)
  // No catalog yet: mountChat loads the visitor's locale as a chunk (chat/load-catalog.ts).
  return createChatEngineWith(
    {
      locale: settings.locale,
      ...(texts ? { texts } : {}),
      ...(settings.attachments
        ? {
            attachments: {
              accept: settings.attachments,
              maxSize: settings.maxFileSize * 1024 * 1024,
            },
          }
        : {}),
      ...(settings.preChat
        ? { preChat: { fields: settings.preChat, via: settings.preChatVia } }
        : {}),
      ...(settings.menu ? { menu: settings.menu } : {}),
      ...(settings.handoffKeywords ? { handoffKeywords: settings.handoffKeywords } : {}),
      botDelay,
      report: (message) => report(`[Chao] ${message}`),
    },
    {},
  )
}
