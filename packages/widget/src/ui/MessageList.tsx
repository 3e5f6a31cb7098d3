import type { ConversationMessage, Translate, TypingState } from '@chao/core'
import type { QuickReply } from '@chao/protocol'
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks'
import { MessageItem } from './MessageItem.tsx'

export interface MessageListProps {
  messages: ConversationMessage[]
  t: Translate
  locale: string
  typing: TypingState
  /** Scrolling needs layout, which a hidden window does not have. */
  visible: boolean
  images: boolean
  onChooseReply: (reply: QuickReply) => void
  onRetry: (id: string) => void
  onFeedback: (id: string, helpful: boolean) => void
}

export function MessageList(props: MessageListProps) {
  const { messages, typing, visible, t } = props
  const log = useRef<HTMLDivElement>(null)
  // Where the visitor left the list: stuck to the newest message, or reading older ones.
  const position = useRef({ atBottom: true, top: 0 })
  const time = useMemo(() => {
    const format = new Intl.DateTimeFormat(props.locale, { hour: '2-digit', minute: '2-digit' })
    return (ms: number) => format.format(ms)
  }, [props.locale])
  useLayoutEffect(() => {
    const element = log.current
    if (!element || !visible) return
    const last = messages[messages.length - 1]
    if (position.current.atBottom || last?.author === 'visitor') {
      element.scrollTop = element.scrollHeight
    } else element.scrollTop = position.current.top
  }, [messages, typing, visible])
  const last = messages[messages.length - 1]
  return (
    <>
      <div
        class="chao-log"
        ref={log}
        role="log"
        aria-live="polite"
        aria-label={t('log.label')}
        // Keyboard users must be able to scroll the history (axe: scrollable-region-focusable).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable
        tabIndex={0}
        onScroll={(event) => {
          const el = event.currentTarget
          // Hidden windows scroll to 0 without the visitor: keep the last real position.
          if (!visible) return
          position.current = {
            atBottom: el.scrollHeight - el.scrollTop - el.clientHeight < 24,
            top: el.scrollTop,
          }
        }}
      >
        {messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            t={t}
            time={time}
            images={props.images}
            showReplies={message === last}
            onChooseReply={props.onChooseReply}
            onRetry={props.onRetry}
            onFeedback={props.onFeedback}
          />
        ))}
      </div>
      <div class="chao-typing" role="status">
        {typing ? (
          <>
            <span aria-hidden="true">•••</span>
            <span class="chao-sr-only">
              {t('typing.label', { name: typing.name ?? t('bot.name') })}
            </span>
          </>
        ) : null}
      </div>
    </>
  )
}
