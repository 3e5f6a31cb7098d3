export { type ChatEngine, type ChatEngineOptions, createChatEngine } from './engine.ts'
