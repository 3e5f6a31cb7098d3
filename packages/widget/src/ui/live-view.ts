import type { ChatEngine, Translate } from '@chao/core'
import { atom } from 'nanostores'
import type { FunctionComponent } from 'preact'

/**
 * The live chat's part of the chat window of `engine`, above the composer: its bar (end the
 * chat, get the transcript) and, once the chat ended, the post-chat survey's prompt, which
 * takes the composer's place (`composer: false`) while it asks. Set by the live chunk, which
 * carries the views (src/live/live-view.tsx), so the bot-only chat holds only this atom.
 */
export const $liveView = atom<{
  engine: ChatEngine
  View: FunctionComponent<{ t: Translate }>
  composer: boolean
} | null>(null)
