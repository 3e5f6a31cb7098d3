import type { ChatEngine, Translate } from '@chao/core'
import { atom } from 'nanostores'
import type { FunctionComponent } from 'preact'

/**
 * The live chat's bar (end the chat, get the transcript) for the chat window of `engine`:
 * set by the live chunk, which carries the view, so the bot-only chat holds only this atom.
 */
export const $liveBar = atom<{
  engine: ChatEngine
  View: FunctionComponent<{ t: Translate }>
} | null>(null)
