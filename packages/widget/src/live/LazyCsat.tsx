import type { Survey, Translate } from '@chao/core'
import type { FunctionComponent } from 'preact'
import { useLoaded } from '../ui/use-loaded.ts'
import { useStore } from '../ui/use-store.ts'

type PromptProps = { survey: Survey; t: Translate }
let loaded: FunctionComponent<PromptProps> | null = null

/**
 * The post-chat rating prompt while the survey asks, loaded as its own chunk when it first
 * asks: part of the live chat's view (live-view.tsx), which only visitors who chatted with
 * the team load. Its texts came with the live chat (chat/load-catalog.ts).
 */
export function LazyCsat({ survey, t }: PromptProps) {
  const asking = useStore(survey.$survey).status === 'asking'
  const load = () => import('../lazy/CsatPrompt.tsx').then((m) => (loaded = m.CsatPrompt))
  const Prompt = useLoaded<FunctionComponent<PromptProps>>(load, asking, loaded)
  if (!asking) return null
  return Prompt ? <Prompt survey={survey} t={t} /> : <div class="chao-composer" aria-busy="true" />
}
