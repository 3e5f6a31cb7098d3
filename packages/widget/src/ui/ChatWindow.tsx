import { type ChatEngine, type MessageKey, translate } from '@chao/core'
import type { Author } from '@chao/protocol'
import type { ReadableAtom } from 'nanostores'
import { useId } from 'preact/hooks'
import { ChatHeader } from './ChatHeader.tsx'
import { Composer } from './Composer.tsx'
import { MessageList } from './MessageList.tsx'
import { useStore } from './use-store.ts'

export interface ChatWindowProps {
  engine: ChatEngine
  /** The site name from the server's config, shown as the title when set. */
  $siteName: ReadableAtom<string | null>
}

// Agents and system lines get names with the live chat (next issues); until then no label.
const AUTHOR_KEYS: Partial<Record<Author, MessageKey>> = {
  visitor: 'author.you',
  bot: 'bot.name',
}

/** The chat window: a view over the engine's stores that calls its actions, nothing else. */
export function ChatWindow({ engine, $siteName }: ChatWindowProps) {
  const open = useStore(engine.$open)
  const messages = useStore(engine.$messages)
  const botTyping = useStore(engine.$botTyping)
  const locale = useStore(engine.$locale)
  const siteName = useStore($siteName)
  const titleId = useId()
  const t = (key: MessageKey) => translate(locale, key)

  return (
    <section
      class="chao-window"
      role="dialog"
      aria-labelledby={titleId}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.isComposing) {
          event.stopPropagation()
          engine.closeWidget()
        }
      }}
    >
      <ChatHeader
        title={siteName ?? t('window.title')}
        titleId={titleId}
        closeLabel={t('launcher.close')}
        onClose={() => engine.closeWidget()}
      />
      <MessageList
        messages={messages}
        label={t('log.label')}
        authorName={(author) => {
          const key = AUTHOR_KEYS[author]
          return key ? t(key) : ''
        }}
        typing={botTyping}
        visible={open}
        onChooseReply={(reply) => engine.chooseQuickReply(reply)}
      />
      <Composer
        label={t('composer.label')}
        placeholder={t('composer.placeholder')}
        sendLabel={t('composer.send')}
        focused={open}
        onSend={(text) => engine.sendMessage(text)}
      />
    </section>
  )
}
