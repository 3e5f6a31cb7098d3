// Entry of dist/cdn/chao-chat.js (ESM), imported by the loader on intent.
export { mountChat } from './mount-chat.tsx'
