/**
 * @chao/core — the headless engine: conversation stores and actions, the FAQ matcher and
 * the i18n catalogs. No DOM and nothing runs at import time, so it all works in Node.
 */

export * from './consent/consent.ts'
export * from './contact/lead-capture.ts'
export * from './contact/validate.ts'
export * from './conversation/index.ts'
export * from './csat/index.ts'
export * from './faq/index.ts'
export * from './greeting/greeting.ts'
export * from './i18n/index.ts'
export * from './persistence/index.ts'
export * from './proactive/index.ts'
export * from './sync/channel.ts'
