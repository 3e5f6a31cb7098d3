import type { ChatEngine, Translate } from '@chao/core'
import type { FunctionComponent } from 'preact'
import { useEffect, useState } from 'preact/hooks'

type FormProps = { engine: ChatEngine; t: Translate }
let loaded: FunctionComponent<FormProps> | null = null

/**
 * The pre-chat form, loaded as its own chunk: most sites don't ask for contact details
 * first, so the bot-only chat does not carry it.
 */
export function LazyPreChat(props: FormProps) {
  const [Form, setForm] = useState(() => loaded)
  useEffect(() => {
    if (Form) return
    let live = true
    void import('../lazy/PreChatForm.tsx').then((module) => {
      loaded = module.PreChatForm
      if (live) setForm(() => module.PreChatForm)
    })
    return () => {
      live = false
    }
  }, [])
  return Form ? <Form {...props} /> : <div class="chao-log" aria-busy="true" />
}
