// The Vietnamese texts of the chat window and the bot, a chunk of their own: the chat
// stage loads only the visitor's locale (chat/load-catalog.ts).
export { viChat as catalog } from '@chao/core'
