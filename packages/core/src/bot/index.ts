export { type BotEvent, createBotAnalytics, type HandoffReason } from './analytics.ts'
export { createBotFlow, UNSURE_BEFORE_OFFER } from './flow.ts'
export { asksForHuman } from './human-intent.ts'
export { cleanMenu, handoffAction, handoffOfAction, type MenuItem, menuReplies } from './menu.ts'
