import type { Translate } from '@chao/core'
import { CloseIcon } from './icons.tsx'

export interface ChatHeaderProps {
  title: string
  titleId: string
  avatar: string | undefined
  /** Whether a human of the team is online; null: unknown (bot only), no status line. */
  online: boolean | null
  /** Inline and full-page chats cannot be closed. */
  closable: boolean
  t: Translate
  onClose: () => void
}

export function ChatHeader({
  title,
  titleId,
  avatar,
  online,
  closable,
  t,
  onClose,
}: ChatHeaderProps) {
  return (
    <header class="chao-header">
      {avatar ? <img class="chao-avatar" src={avatar} alt="" /> : null}
      <div class="chao-heading">
        <h2 class="chao-title" id={titleId}>
          {title}
        </h2>
        {online === null ? null : (
          <p class="chao-team" data-online={online}>
            {t(online ? 'status.online' : 'status.away')}
          </p>
        )}
      </div>
      {closable ? (
        <button
          type="button"
          class="chao-icon-button"
          aria-label={t('launcher.close')}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      ) : null}
    </header>
  )
}
