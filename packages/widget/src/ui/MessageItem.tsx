import type { ChatMessage, QuickReply } from '@chao/protocol'
import { useMemo } from 'preact/hooks'
import { renderMarkdown } from '../chat/markdown.ts'
import { LinkCards } from './LinkCards.tsx'
import { QuickReplies } from './QuickReplies.tsx'

export interface MessageItemProps {
  message: ChatMessage
  /** Shown above bot and agent messages; read (visually hidden) before the visitor's own. */
  authorName: string
  /** Quick replies stay actionable only under the newest message. */
  showReplies: boolean
  onChooseReply: (reply: QuickReply) => void
}

/**
 * One message. `data-author` (and, on bot answers, `data-faq-id`: the entry's id, or ''
 * when the bot did not know) sit on the bubble, which holds the message text only, so a
 * test or a host script can read the text without the author line.
 */
export function MessageItem({ message, authorName, showReplies, onChooseReply }: MessageItemProps) {
  const { author, text } = message
  const faqId = message.faqId === undefined ? undefined : (message.faqId ?? '')
  // Visitors' messages are plain text; everything else is markdown, always sanitized.
  const html = useMemo(() => (author === 'visitor' ? null : renderMarkdown(text)), [author, text])
  return (
    <div class={`chao-msg chao-msg--${author}`}>
      {authorName === '' ? null : author === 'visitor' ? (
        <span class="chao-sr-only">{authorName}: </span>
      ) : (
        <div class="chao-author">{authorName}</div>
      )}
      {html === null ? (
        <div class="chao-bubble" data-author={author} data-faq-id={faqId}>
          {text}
        </div>
      ) : (
        // Safe: renderMarkdown sanitizes with DOMPurify.
        <div
          class="chao-bubble"
          data-author={author}
          data-faq-id={faqId}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
      {message.links?.length ? <LinkCards links={message.links} /> : null}
      {showReplies && message.quickReplies?.length ? (
        <QuickReplies replies={message.quickReplies} onChoose={onChooseReply} />
      ) : null}
    </div>
  )
}
