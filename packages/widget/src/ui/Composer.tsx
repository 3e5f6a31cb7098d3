import { MAX_TEXT_LENGTH } from '@chao/protocol'
import { useEffect, useRef, useState } from 'preact/hooks'
import { SendIcon } from './icons.tsx'

export interface ComposerProps {
  label: string
  placeholder: string
  sendLabel: string
  /** Focus the textarea when this becomes true (the window opened). */
  focused: boolean
  onSend: (text: string) => void
}

export function Composer({ label, placeholder, sendLabel, focused, onSend }: ComposerProps) {
  const [text, setText] = useState('')
  const input = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (focused) input.current?.focus()
  }, [focused])

  const send = () => {
    if (text.trim() === '') return
    onSend(text)
    setText('')
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

  return (
    <form
      class="chao-composer"
      onSubmit={(event) => {
        event.preventDefault()
        send()
      }}
    >
      <textarea
        ref={input}
        class="chao-input"
        rows={1}
        aria-label={label}
        placeholder={placeholder}
        maxLength={MAX_TEXT_LENGTH}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" class="chao-send" aria-label={sendLabel}>
        <SendIcon />
      </button>
    </form>
  )
}
