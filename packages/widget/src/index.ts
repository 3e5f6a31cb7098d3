// @chao/widget — the npm entry. Importing it has no side effects: nothing reads `window`
// or `document` until `createChat(...).mount()`.

// Re-exported so that apps type their options without depending on @chao/core directly.
export type { FaqEntry, FaqKnowledgeBase, Locale } from '@chao/core'
export { type Chat, type ChatOptions, createChat } from './create-chat.ts'
export { type ChaoChatElement, defineChaoChat, ELEMENT_TAG } from './element/chao-chat.ts'
export type { Position } from './settings/settings.ts'
export { VERSION } from './version.ts'
