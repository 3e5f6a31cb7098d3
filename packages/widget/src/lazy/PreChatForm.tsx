import type { ChatEngine, ContactField, Translate } from '@chao/core'
import { useId, useState } from 'preact/hooks'
import { $offline } from '../ui/offline-form.ts'
import { useFormStyles } from './form-styles.ts'
import { OfflineForm } from './OfflineForm.tsx'

/**
 * The chat window's form chunk: the offline form while nobody can take the chat (the live
 * chat sets `$offline`), else the pre-chat form.
 */
export function PreChatForm({ engine, t }: { engine: ChatEngine; t: Translate }) {
  const offline = $offline.get()
  return offline?.engine === engine ? (
    <OfflineForm ticket={offline} t={t} />
  ) : (
    <ContactForm engine={engine} t={t} />
  )
}

/**
 * Asks for the contact fields the site requires before the first message, with the same
 * validation as the bot (core's validateField: Vietnamese phone numbers included).
 */
function ContactForm({ engine, t }: { engine: ChatEngine; t: Translate }) {
  const fields = engine.preChat?.fields ?? []
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({})
  const id = useId()
  const ref = useFormStyles<HTMLFormElement>()
  const types = { name: 'text', email: 'email', phone: 'tel' } as const
  const complete = { name: 'name', email: 'email', phone: 'tel' } as const
  return (
    <form
      ref={ref}
      class="chao-prechat"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const data = new FormData(event.currentTarget)
        const values = Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? '')]))
        const found = engine.submitPreChat(values) ?? {}
        setErrors(found)
        const first = fields.find((f) => found[f])
        if (first) (event.currentTarget.elements.namedItem(first) as HTMLElement | null)?.focus()
      }}
    >
      <p>{t('preChat.intro')}</p>
      {fields.map((field) => (
        <div class="chao-field" key={field}>
          <label for={`${id}-${field}`}>{t(`field.${field}`)}</label>
          <input
            id={`${id}-${field}`}
            name={field}
            type={types[field] as 'text'}
            autoComplete={complete[field]}
            required
            aria-invalid={errors[field] ? 'true' : undefined}
            aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
          />
          {errors[field] ? (
            <p class="chao-error" id={`${id}-${field}-error`}>
              {errors[field]}
            </p>
          ) : null}
        </div>
      ))}
      <button type="submit" class="chao-submit">
        {t('preChat.submit')}
      </button>
    </form>
  )
}
