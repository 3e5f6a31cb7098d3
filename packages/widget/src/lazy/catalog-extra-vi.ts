// The Vietnamese texts of the parts loaded later (live chat, forms, lead capture, survey),
// loaded before the first of them shows (chat/load-catalog.ts).
export { viExtra as catalog } from '@chao/core'
