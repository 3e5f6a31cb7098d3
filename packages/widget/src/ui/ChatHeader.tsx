import { CloseIcon } from './icons.tsx'

export interface ChatHeaderProps {
  title: string
  titleId: string
  closeLabel: string
  onClose: () => void
}

export function ChatHeader({ title, titleId, closeLabel, onClose }: ChatHeaderProps) {
  return (
    <header class="chao-header">
      <h2 class="chao-title" id={titleId}>
        {title}
      </h2>
      <button type="button" class="chao-icon-button" aria-label={closeLabel} onClick={onClose}>
        <CloseIcon />
      </button>
    </header>
  )
}
