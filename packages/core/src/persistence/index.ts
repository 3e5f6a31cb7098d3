export { type PersistOptions, persistChat } from './persist.ts'
export { MAX_STORED_MESSAGES } from './serialize.ts'
export { type KeyValueStorage, memoryStorage, PERSISTED_KEYS } from './storage.ts'
