import { type ChatEngine, directionOf, type Translate } from '@chao/core'
import type { ReadableAtom } from 'nanostores'
import { useId, useRef } from 'preact/hooks'
import type { WidgetSettings } from '../settings/settings.ts'
import { ChatHeader } from './ChatHeader.tsx'
import { Composer } from './Composer.tsx'
import { LazyPreChat } from './LazyPreChat.tsx'
import { $liveView } from './live-view.ts'
import { MessageList } from './MessageList.tsx'
import { Notice } from './Notice.tsx'
import { $offline } from './offline-form.ts'
import { trapFocus } from './trap-focus.ts'
import { useStore } from './use-store.ts'
import { useVisualViewport } from './use-visual-viewport.ts'

export interface ChatWindowProps {
  engine: ChatEngine
  /** The site name from the settings or the server's config, shown as the title when set. */
  $siteName: ReadableAtom<string | null>
  settings?: Partial<WidgetSettings>
  /** Loads the texts of the parts loaded later (chat/load-catalog.ts); absent: the engine has them. */
  loadTexts?: () => Promise<void>
}

const BANNERS = {
  connecting: 'status.connecting',
  offline: 'status.reconnecting',
  error: 'status.reconnecting',
} as const

/** The chat window: a view over the engine's stores that calls its actions, nothing else. */
export function ChatWindow({ engine, $siteName, settings = {}, loadTexts }: ChatWindowProps) {
  const open = useStore(engine.$open)
  const messages = useStore(engine.$messages)
  const typing = useStore(engine.$typing)
  const locale = useStore(engine.$locale)
  useStore(engine.$catalogs) // texts arrive with the locale's catalog (a chunk)
  const siteName = useStore($siteName)
  const online = useStore(engine.$teamOnline)
  const draft = useStore(engine.$draft)
  const notice = useStore(engine.$notice)
  const connection = useStore(engine.$connection)
  const preChat = useStore(engine.$preChatPending)
  // Nobody can take this chat: the same lazy chunk shows the offline form. Only for its own
  // engine, so that other chats on the page keep their conversation.
  const offline = useStore($offline)
  // During and after a live chat: end it, get the transcript, and the rating prompt in the
  // composer's place while the post-chat survey asks (the live chunk's view).
  const live = useStore($liveView)
  const Live = live?.engine === engine ? live : null
  const titleId = useId()
  const section = useRef<HTMLElement>(null)
  useVisualViewport(section, open)
  // `engine.t` reads the current locale (this view re-renders when it changes) and the
  // site's texts.
  const t: Translate = engine.t
  const closable = (settings.mode ?? 'floating') === 'floating'
  const banner = connection in BANNERS ? t(BANNERS[connection as keyof typeof BANNERS]) : null
  return (
    <section
      ref={section}
      class="chao-window"
      role="dialog"
      aria-labelledby={titleId}
      dir={settings.dir ?? directionOf(locale)}
      lang={locale}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Tab' && section.current) trapFocus(section.current, event)
        if (event.key === 'Escape' && closable && !event.isComposing) {
          event.stopPropagation()
          engine.closeWidget()
        }
      }}
    >
      <ChatHeader
        title={siteName ?? t('window.title')}
        titleId={titleId}
        avatar={settings.avatar}
        online={online}
        closable={closable}
        t={t}
        onClose={() => engine.closeWidget()}
      />
      {banner ? (
        <p class="chao-banner" role="status">
          {banner}
        </p>
      ) : null}
      {preChat || offline?.engine === engine ? (
        <LazyPreChat engine={engine} t={t} loadTexts={loadTexts} />
      ) : (
        <>
          <MessageList
            messages={messages}
            t={t}
            locale={locale}
            typing={typing}
            visible={open}
            images={settings.images ?? false}
            onChooseReply={(reply) => engine.chooseQuickReply(reply)}
            onRetry={(id) => engine.retryMessage(id)}
            onFeedback={(id, helpful) => engine.sendFeedback(id, helpful)}
          />
          {notice ? <Notice text={notice} t={t} onDismiss={() => engine.dismissNotice()} /> : null}
          {Live ? <Live.View t={t} /> : null}
          {Live?.composer === false ? null : (
            <Composer
              t={t}
              draft={draft}
              focused={open}
              accept={engine.attachments?.accept}
              onDraft={(text) => engine.setDraft(text)}
              onSend={(text) => engine.sendMessage(text)}
              onAttach={(files) => engine.attachFiles(files)}
            />
          )}
        </>
      )}
    </section>
  )
}
