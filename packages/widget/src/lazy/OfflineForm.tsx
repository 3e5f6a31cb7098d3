import { rejectFile, type Translate, validateField } from '@chao/core'
import { useId, useState } from 'preact/hooks'
import type { OfflineTicket, TicketFields } from '../ui/offline-form.ts'
import { useFormStyles } from './form-styles.ts'

type Field = keyof TicketFields
type Errors = Partial<Record<Field, string>>
const FIELDS: readonly Field[] = ['name', 'email', 'message']

/** The ticket's fields, checked as the bot and the pre-chat form check them; else the errors. */
export function checkTicket(
  values: Record<Field, string>,
  t: Translate,
): { fields: TicketFields } | { errors: Errors } {
  const name = validateField('name', values.name)
  const email = validateField('email', values.email)
  const message = values.message.trim()
  if (name.ok && email.ok && message) {
    return { fields: { name: name.value, email: email.value, message } }
  }
  const errors: Errors = {}
  if (!name.ok) errors.name = t(name.error)
  if (!email.ok) errors.email = t(email.error)
  if (!message) errors.message = t('invalid.message')
  return { errors }
}

/**
 * Nobody from the team can take the chat: name, email and message become a ticket
 * (`ticket:create` through the live connection), then a confirmation replaces the form.
 * Where the chat takes attachments, files too: checked against the site's policy, then
 * uploaded before the ticket is sent; a refused or failed file is named in the form.
 */
export function OfflineForm({ ticket, t }: { ticket: OfflineTicket; t: Translate }) {
  const [errors, setErrors] = useState<Errors>({})
  const [state, setState] = useState<'editing' | 'sending' | 'sent' | 'failed'>('editing')
  const [fileError, setFileError] = useState<string | null>(null)
  const policy = ticket.engine.attachments
  const id = useId()
  const ref = useFormStyles<HTMLElement>()
  if (state === 'sent') {
    return (
      <div class="chao-prechat" ref={ref as never}>
        <p role="status">{t('offline.sent')}</p>
      </div>
    )
  }
  const labels: Record<Field, string> = {
    name: t('field.name'),
    email: t('field.email'),
    message: t('offline.message'),
  }
  return (
    <form
      ref={ref as never}
      class="chao-prechat"
      noValidate
      aria-busy={state === 'sending' ? 'true' : undefined}
      onSubmit={(event) => {
        event.preventDefault()
        if (state === 'sending') return
        const form = event.currentTarget
        const data = new FormData(form)
        const values = { name: '', email: '', message: '' }
        for (const field of FIELDS) values[field] = String(data.get(field) ?? '')
        const checked = checkTicket(values, t)
        if ('errors' in checked) {
          setErrors(checked.errors)
          const first = FIELDS.find((f) => checked.errors[f])
          if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus()
          return
        }
        setErrors({})
        const picker = form.elements.namedItem('files') as HTMLInputElement | null
        const files = Array.from(picker?.files ?? [])
        const refused = files.map((file) => rejectFile(policy, file, t)).find(Boolean)
        setFileError(refused ?? null)
        if (refused) return
        setState('sending')
        ticket.create(checked.fields, files).then(
          () => setState('sent'),
          (error: Error & { file?: string }) => {
            // An UploadError (live/upload.ts) names the file and the server's reason.
            if (error.name === 'UploadError' && error.file) {
              setFileError(t('attach.uploadFailed', { name: error.file, reason: error.message }))
              setState('editing')
            } else setState('failed')
          },
        )
      }}
    >
      <p>{t('offline.intro')}</p>
      {FIELDS.map((field) => {
        const error = errors[field]
        const common = {
          id: `${id}-${field}`,
          name: field,
          required: true,
          'aria-invalid': error ? ('true' as const) : undefined,
          'aria-describedby': error ? `${id}-${field}-error` : undefined,
        }
        return (
          <div class="chao-field" key={field}>
            <label for={common.id}>{labels[field]}</label>
            {field === 'message' ? (
              <textarea {...common} rows={4} maxLength={4000} />
            ) : (
              <input
                {...common}
                type={(field === 'email' ? 'email' : 'text') as 'text'}
                autoComplete={field === 'email' ? 'email' : 'name'}
                maxLength={field === 'name' ? 80 : 254}
              />
            )}
            {error ? (
              <p class="chao-error" id={`${id}-${field}-error`}>
                {error}
              </p>
            ) : null}
          </div>
        )
      })}
      {policy ? (
        <div class="chao-field">
          <label for={`${id}-files`}>{t('offline.attach')}</label>
          <input
            id={`${id}-files`}
            name="files"
            type="file"
            multiple
            accept={policy.accept.join(',')}
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? `${id}-files-error` : undefined}
          />
          {fileError ? (
            <p class="chao-error" id={`${id}-files-error`} role="alert">
              {fileError}
            </p>
          ) : null}
        </div>
      ) : null}
      {state === 'failed' ? (
        <p class="chao-error" role="alert">
          {t('delivery.failed')}
        </p>
      ) : null}
      <button type="submit" class="chao-submit" disabled={state === 'sending'}>
        {t('offline.submit')}
      </button>
    </form>
  )
}
