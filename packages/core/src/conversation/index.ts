export * from '../bot/index.ts'
export { formatSize, rejectFile } from './attachments.ts'
export { createEmitter, type Emitter } from './emitter.ts'
export {
  type ChatEngine,
  type ChatEngineOptions,
  createChatEngine,
  createChatEngineWith,
  type DurableState,
  type Transport,
} from './engine.ts'
export type * from './types.ts'
export { cleanAttributes, cleanIdentity } from './visitor.ts'
