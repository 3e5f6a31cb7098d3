import { atom } from 'nanostores'
import type { PreChatOptions, VisitorIdentity } from '../conversation/types.ts'
import type { Translate } from '../i18n/translate.ts'
import { type ContactField, validateField } from './validate.ts'

export interface ContactFlowContext {
  preChat: PreChatOptions | undefined
  visitor: () => VisitorIdentity
  identify: (identity: VisitorIdentity) => void
  /** Posts a bot message. */
  say: (text: string) => void
  t: Translate
}

/**
 * The contact details a site requires (`preChat`), collected by the pre-chat form
 * (`submit`) or by the bot in the conversation (`askNext`, then `answer` for each reply),
 * with the same validation either way.
 */
export function createContactFlow({ preChat, visitor, identify, say, t }: ContactFlowContext) {
  const $collecting = atom<ContactField | null>(null)

  /** Asks for the next missing field (bot mode only), or thanks once all are known. */
  function askNext(thank: boolean): void {
    const field =
      preChat?.via === 'bot' ? preChat.fields.find((name) => !visitor()[name]) : undefined
    $collecting.set(field ?? null)
    if (field) say(t(`ask.${field}`))
    else if (thank) say(t('ask.thanks'))
  }

  return {
    $collecting,
    askNext,
    /** Takes the visitor's message as the field asked for; false when none was asked. */
    answer(text: string): boolean {
      const field = $collecting.get()
      if (!field) return false
      const result = validateField(field, text)
      if (!result.ok) say(t(result.error))
      else {
        identify({ [field]: result.value })
        askNext(true)
      }
      return true
    },
    /** The pre-chat form: every field checked; the errors per field, or null when sent. */
    submit(values: Partial<Record<ContactField, string>>) {
      const errors: Partial<Record<ContactField, string>> = {}
      const valid: VisitorIdentity = {}
      for (const field of preChat?.fields ?? []) {
        const result = validateField(field, values[field] ?? '')
        if (result.ok) valid[field] = result.value
        else errors[field] = t(result.error)
      }
      if (Object.keys(errors).length > 0) return errors
      identify(valid)
      return null
    },
  }
}
