import type { Attachment, Translate } from '@chao/core'
import { MAX_TEXT_LENGTH } from '@chao/protocol'
import { useEffect, useRef } from 'preact/hooks'
import { AttachIcon, SendIcon } from './icons.tsx'

export interface ComposerProps {
  t: Translate
  draft: string
  /** Focus the textarea when this becomes true (the window opened). */
  focused: boolean
  /** Accepted file types when attachments are on. */
  accept: string[] | undefined
  onDraft: (text: string) => void
  onSend: (text: string) => void
  onAttach: (files: Attachment[]) => void
}

export function Composer({ t, draft, focused, accept, onDraft, onSend, onAttach }: ComposerProps) {
  const input = useRef<HTMLTextAreaElement>(null)
  const urls = useRef<string[]>([])
  useEffect(() => {
    if (focused) input.current?.focus()
  }, [focused])
  // Object URLs of the thumbnails live as long as the window.
  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url)
    },
    [],
  )
  const send = () => {
    if (draft.trim() === '') return
    onSend(draft)
    input.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter sends, Shift+Enter is a new line. Not while an IME composes (Vietnamese Telex
    // and VNI input methods confirm a word with Enter).
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) {
      return
    }
    event.preventDefault()
    send()
  }
  const pick = (event: Event) => {
    const field = event.currentTarget as HTMLInputElement
    const files = Array.from(field.files ?? []).map((file) => {
      // Every file gets a local URL: images show from it, and the live chat reads the bytes
      // from it to upload them (src/live/upload.ts).
      const item: Attachment = { name: file.name, type: file.type, size: file.size }
      item.url = URL.createObjectURL(file)
      urls.current.push(item.url)
      return item
    })
    field.value = ''
    onAttach(files)
  }
  return (
    <form
      class="chao-composer"
      onSubmit={(event) => {
        event.preventDefault()
        send()
      }}
    >
      {accept ? (
        <label class="chao-attach">
          <input
            type="file"
            class="chao-sr-only"
            accept={accept.join(',')}
            multiple
            onChange={pick}
            aria-label={t('composer.attach')}
          />
          <AttachIcon />
        </label>
      ) : null}
      <textarea
        ref={input}
        class="chao-input"
        rows={1}
        aria-label={t('composer.label')}
        placeholder={t('composer.placeholder')}
        maxLength={MAX_TEXT_LENGTH}
        value={draft}
        onInput={(event) => onDraft(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" class="chao-send" aria-label={t('composer.send')}>
        <SendIcon />
      </button>
    </form>
  )
}
