import type { Translate } from '@chao/core'
import { CloseIcon } from './icons.tsx'

/** A sentence for the visitor (a rejected file…), announced at once, until dismissed. */
export function Notice({
  text,
  t,
  onDismiss,
}: {
  text: string
  t: Translate
  onDismiss: () => void
}) {
  return (
    <div class="chao-notice" role="alert">
      <p>{text}</p>
      <button
        type="button"
        class="chao-icon-button"
        aria-label={t('notice.dismiss')}
        onClick={onDismiss}
      >
        <CloseIcon />
      </button>
    </div>
  )
}
