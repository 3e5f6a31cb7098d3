import type { QuickReply } from '@chao/protocol'

export interface QuickRepliesProps {
  replies: QuickReply[]
  onChoose: (reply: QuickReply) => void
}

export function QuickReplies({ replies, onChoose }: QuickRepliesProps) {
  return (
    <div class="chao-replies">
      {replies.map((reply) => (
        <button key={reply.label} type="button" class="chao-reply" onClick={() => onChoose(reply)}>
          {reply.label}
        </button>
      ))}
    </div>
  )
}
