import type { Author, ChatMessage, QuickReply } from '@chao/protocol'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { MessageItem } from './MessageItem.tsx'

export interface MessageListProps {
  messages: ChatMessage[]
  label: string
  authorName: (author: Author) => string
  /** Whether the bot is typing (its answers are synchronous today, so never yet). */
  typing: boolean
  /** Scrolling needs layout, which a hidden window does not have. */
  visible: boolean
  onChooseReply: (reply: QuickReply) => void
}

export function MessageList(props: MessageListProps) {
  const { messages, typing, visible } = props
  const log = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const element = log.current
    if (element && visible) element.scrollTop = element.scrollHeight
  }, [messages, typing, visible])
  const last = messages[messages.length - 1]
  return (
    <div class="chao-log" ref={log} role="log" aria-live="polite" aria-label={props.label}>
      {messages.map((message) => (
        <MessageItem
          key={message.id}
          message={message}
          authorName={props.authorName(message.author)}
          showReplies={message === last}
          onChooseReply={props.onChooseReply}
        />
      ))}
      {typing ? (
        <div class="chao-typing" aria-hidden="true">
          •••
        </div>
      ) : null}
    </div>
  )
}
