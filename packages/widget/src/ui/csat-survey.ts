import type { ChatEngine, Survey } from '@chao/core'
import { atom } from 'nanostores'

/**
 * Set by the live chat to its engine's post-chat survey. While the survey is `asking`, the
 * chat window shows the rating prompt (a lazy chunk) in place of the composer.
 */
export const $csat = atom<{ engine: ChatEngine; survey: Survey } | null>(null)
