import type { Survey, Translate } from '@chao/core'
import type { FunctionComponent } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { useStore } from './use-store.ts'

type PromptProps = { survey: Survey; t: Translate }
let loaded: FunctionComponent<PromptProps> | null = null

/**
 * The post-chat rating prompt while the survey asks, loaded as its own chunk: only visitors
 * who chatted with the team see it, so the bot-only chat does not carry it.
 */
export function LazyCsat({ survey, t }: PromptProps) {
  const state = useStore(survey.$survey)
  const asking = state.status === 'asking'
  const [Prompt, setPrompt] = useState(() => loaded)
  useEffect(() => {
    if (Prompt || !asking) return
    let live = true
    void import('../lazy/CsatPrompt.tsx').then((module) => {
      loaded = module.CsatPrompt
      if (live) setPrompt(() => module.CsatPrompt)
    })
    return () => {
      live = false
    }
  }, [asking])
  if (!asking) return null
  return Prompt ? <Prompt survey={survey} t={t} /> : <div class="chao-composer" aria-busy="true" />
}
