import type { Translate } from '@chao/core'
import type { FunctionComponent } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { addStyles } from '../host/add-styles.ts'
import { useStore } from '../ui/use-store.ts'
import type { LiveControls } from './live-controls.ts'

// Above the composer during a live chat: "End chat"; once it ended, the transcript as a
// download or by email. Part of the live chunk: bot-only chats never load it.

const CSS = `.chao-livebar{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:0 12px 6px}
.chao-livebar p{margin:0;font-size:.85em}`
const styled = new WeakSet<Node>()

/** The bar's view over `controls`, for the chat window (`$liveBar`). */
export function liveBar(controls: LiveControls): FunctionComponent<{ t: Translate }> {
  return function LiveBar({ t }) {
    const chat = useStore(controls.$chat)
    const transcript = useStore(controls.$transcript)
    const ref = useRef<HTMLDivElement>(null)
    useLayoutEffect(() => {
      const root = ref.current?.getRootNode()
      if (!root || styled.has(root) || !(root instanceof ShadowRoot)) return
      styled.add(root)
      addStyles(root, CSS)
    })
    if (!chat.id) return null
    const busy = transcript.status === 'busy'
    return (
      <div class="chao-livebar" ref={ref}>
        {chat.ended ? (
          <>
            <button type="button" class="chao-reply" disabled={busy} onClick={controls.download}>
              {t('live.download')}
            </button>
            <button type="button" class="chao-reply" disabled={busy} onClick={controls.email}>
              {t('live.email')}
            </button>
          </>
        ) : (
          <button type="button" class="chao-reply" onClick={controls.end}>
            {t('live.end')}
          </button>
        )}
        <p role="status">
          {transcript.status === 'emailed'
            ? t('live.emailed')
            : transcript.status === 'failed'
              ? t('live.failed', { reason: transcript.reason })
              : ''}
        </p>
      </div>
    )
  }
}
