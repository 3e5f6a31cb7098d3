import type { MessageKey, Translate } from '../i18n/translate.ts'

/** Salutation for a local hour (0–23): morning 5–11, afternoon 12–17, evening 18–4. */
export function salutationKey(hour: number): MessageKey {
  if (hour >= 5 && hour < 12) return 'greeting.morning'
  if (hour >= 12 && hour < 18) return 'greeting.afternoon'
  return 'greeting.evening'
}

/**
 * The first bot message: a salutation for the time of day, with the visitor's name when
 * known ("Chào buổi sáng, Lan! 👋"), then the site's greeting text (`bot.greeting`).
 * Every part is a catalog key, so site owners override it per locale.
 */
export function greetingText(t: Translate, hour: number, name?: string): string {
  const salutation = t(salutationKey(hour))
  const first = name
    ? t('greeting.named', { salutation, name })
    : t('greeting.anonymous', { salutation })
  return `${first} ${t('bot.greeting')}`
}
