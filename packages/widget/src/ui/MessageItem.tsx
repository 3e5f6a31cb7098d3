import type { ConversationMessage, Translate } from '@chao/core'
import type { QuickReply } from '@chao/protocol'
import { useMemo } from 'preact/hooks'
import { renderMarkdown } from '../chat/markdown.ts'
import { safeHttpUrl } from '../chat/safe-url.ts'
import { Attachments } from './Attachments.tsx'
import { LinkCards } from './LinkCards.tsx'
import { QuickReplies } from './QuickReplies.tsx'

export interface MessageItemProps {
  message: ConversationMessage
  t: Translate
  /** Formats the time of the message in the widget's locale. */
  time: (ms: number) => string
  /** Quick replies stay actionable only under the newest message. */
  showReplies: boolean
  images: boolean
  onChooseReply: (reply: QuickReply) => void
  onRetry: (id: string) => void
  onFeedback: (id: string, helpful: boolean) => void
}

/**
 * One message. `data-author` (and, on bot answers, `data-faq-id`: the entry's id, or ''
 * when the bot did not know) sit on the bubble, which holds the message text only, so a
 * test or a host script can read the text without the author line.
 */
export function MessageItem({ message, t, time, showReplies, images, ...on }: MessageItemProps) {
  const { author, text, status } = message
  const faqId = message.faqId === undefined ? undefined : (message.faqId ?? '')
  // Visitors' messages are plain text; everything else is markdown, always sanitized.
  const html = useMemo(
    () => (author === 'visitor' || text === '' ? null : renderMarkdown(text, images)),
    [author, text, images],
  )
  if (author === 'system') {
    return (
      <p class="chao-msg chao-msg--system" data-author="system">
        {text}
      </p>
    )
  }
  const name =
    author === 'visitor'
      ? t('author.you')
      : author === 'bot'
        ? t('bot.name')
        : (message.sender?.name ?? '')
  const avatar = message.sender?.avatar ? safeHttpUrl(message.sender.avatar) : null
  const at = new Date(message.createdAt).toISOString()
  return (
    <div class={`chao-msg chao-msg--${author}`}>
      {author === 'visitor' ? (
        <span class="chao-sr-only">{name}: </span>
      ) : (
        <div class="chao-author">
          {avatar ? <img class="chao-avatar chao-avatar--small" src={avatar} alt="" /> : null}
          {name}
        </div>
      )}
      {html === null ? (
        text === '' ? null : (
          <div class="chao-bubble" data-author={author} data-faq-id={faqId}>
            {text}
          </div>
        )
      ) : (
        // Safe: renderMarkdown sanitizes with DOMPurify.
        <div
          class="chao-bubble"
          data-author={author}
          data-faq-id={faqId}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
      {message.attachments?.length ? <Attachments files={message.attachments} /> : null}
      {message.links?.length ? <LinkCards links={message.links} /> : null}
      <div class="chao-meta">
        <time dateTime={at}>{time(message.createdAt)}</time>
        {author === 'visitor' && status ? (
          <span class="chao-status" data-status={status}>
            {' · '}
            {t(`delivery.${status}`)}
            {status === 'failed' ? (
              <button type="button" class="chao-retry" onClick={() => on.onRetry(message.id)}>
                {t('delivery.retry')}
              </button>
            ) : null}
          </span>
        ) : null}
        {author === 'bot' && message.faqId ? (
          // biome-ignore lint/a11y/useSemanticElements: an inline group in the meta line; a fieldset is a block with a border
          <span class="chao-fb" role="group" aria-label={t('feedback.question')}>
            {([true, false] as const).map((helpful) => (
              <button
                key={String(helpful)}
                type="button"
                aria-label={t(helpful ? 'feedback.up' : 'feedback.down')}
                aria-pressed={message.helpful === helpful}
                onClick={() => on.onFeedback(message.id, helpful)}
              >
                {helpful ? '👍' : '👎'}
              </button>
            ))}
          </span>
        ) : null}
      </div>
      {showReplies && message.quickReplies?.length ? (
        <QuickReplies replies={message.quickReplies} onChoose={on.onChooseReply} />
      ) : null}
    </div>
  )
}
