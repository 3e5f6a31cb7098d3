import { useEffect, useRef, useState } from 'preact/hooks'
import { api, type Canned } from '../api.ts'
import { cannedMatches } from '../sla.ts'
import { $drafts, reloadDetail, setDraft } from '../stores/conversation.ts'
import { sendFrame, sendReply } from '../stores/live.ts'
import {
  $replyFiles,
  attachReplyFiles,
  removeReplyFile,
  takeReplyFiles,
} from '../stores/reply-files.ts'
import { useStore } from '../use-store.ts'

/**
 * The reply box: `/shortcut` completes canned responses; "Internal note" keeps it from the
 * visitor; files are uploaded as soon as they are picked and go with the next reply.
 */
export function Composer(props: { conversationId: string; siteId: string; canned: Canned[] }) {
  const { conversationId, siteId, canned } = props
  const drafts = useStore($drafts)
  const draft = drafts[conversationId] ?? ''
  const [note, setNote] = useState(false)
  const attached = useStore($replyFiles)[conversationId]
  const files = attached?.files ?? []
  const typingSince = useRef(0)
  const matches = cannedMatches(draft, canned)

  const stopTyping = () => {
    if (typingSince.current === 0) return
    typingSince.current = 0
    sendFrame({ type: 'typing', conversationId, typing: false })
  }
  useEffect(() => stopTyping, [conversationId])

  const onInput = (text: string) => {
    setDraft(conversationId, text)
    // One `typing: true` per few seconds is enough for the visitor's indicator.
    if (text !== '' && Date.now() - typingSince.current > 3000) {
      typingSince.current = Date.now()
      sendFrame({ type: 'typing', conversationId, typing: true })
    }
    if (text === '') stopTyping()
  }

  const submit = async (event: Event) => {
    event.preventDefault()
    const text = draft.trim()
    if (text === '' && (note || files.length === 0)) return
    if (matches.length > 0 && matches[0] !== undefined && /^\/\S*$/.test(text)) {
      setDraft(conversationId, matches[0].text)
      return
    }
    setDraft(conversationId, '')
    stopTyping()
    if (note) {
      await api.addNote(conversationId, text)
      await reloadDetail()
    } else sendReply(conversationId, text, takeReplyFiles(conversationId))
  }

  return (
    <form class={note ? 'composer note' : 'composer'} onSubmit={submit}>
      {matches.length > 0 && (
        <ul class="canned" aria-label="Canned responses">
          {matches.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => setDraft(conversationId, c.text)}>
                /{c.shortcut} <span>{c.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <textarea
        aria-label={note ? 'Internal note' : 'Reply'}
        value={draft}
        rows={3}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={stopTyping}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault()
            ;(e.currentTarget as HTMLTextAreaElement).form?.requestSubmit()
          }
        }}
      />
      {!note && (
        <div class="reply-files">
          <label>
            Attach files
            <input
              type="file"
              multiple
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement
                void attachReplyFiles(conversationId, siteId, Array.from(input.files ?? []))
                input.value = ''
              }}
            />
          </label>
          {files.length > 0 && (
            <ul aria-label="Files to send">
              {files.map((file) => (
                <li key={file.url}>
                  {file.name}{' '}
                  <button type="button" onClick={() => removeReplyFile(conversationId, file.url)}>
                    Remove {file.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {(attached?.uploading ?? 0) > 0 && <span aria-live="polite">Uploading…</span>}
          {attached?.error && (
            <p class="error" role="alert">
              {attached.error}
            </p>
          )}
        </div>
      )}
      <label class="toggle">
        <input
          type="checkbox"
          checked={note}
          onChange={(e) => setNote((e.currentTarget as HTMLInputElement).checked)}
        />
        Note only (hidden from the visitor)
      </label>
      <button type="submit" disabled={(attached?.uploading ?? 0) > 0}>
        {note ? 'Add note' : 'Send'}
      </button>
    </form>
  )
}
