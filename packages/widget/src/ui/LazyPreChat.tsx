import type { ChatEngine, Translate } from '@chao/core'
import { useLoaded } from './use-loaded.ts'

/**
 * The pre-chat form (or the offline form), loaded as its own chunk with the texts it shows:
 * most sites don't ask for contact details first, so the bot-only chat does not carry it.
 */
export function LazyPreChat(props: {
  engine: ChatEngine
  t: Translate
  /** Loads the forms' texts (chat/load-catalog.ts); absent: the engine has them. */
  loadTexts?: (() => Promise<void>) | undefined
}) {
  const { engine, t, loadTexts } = props
  const Form = useLoaded(() =>
    Promise.all([import('../lazy/PreChatForm.tsx'), loadTexts?.()]).then(([m]) => m.PreChatForm),
  )
  return Form ? <Form engine={engine} t={t} /> : <div class="chao-log" aria-busy="true" />
}
