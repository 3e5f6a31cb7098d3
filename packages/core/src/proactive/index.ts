/**
 * Proactive messages: rules that reach the visitor before they ask. Headless: the widget
 * renders what `onShow` hands it, the server stores the rules, the console edits them.
 */
export {
  createBrowserSignals,
  createBrowserSignalsWith,
  type WatchNavigation,
} from './browser-signals.ts'
export type { BrowserWindow } from './browser-window.ts'
export { createProactiveEngine, createTrustedProactiveEngine } from './engine.ts'
export type { ProactiveClock, ProactiveEngine, ProactiveEngineOptions } from './engine-types.ts'
export { fillPlaceholders, pickLocale } from './message.ts'
export { parseProactiveRules } from './parse.ts'
export {
  createTestSignals,
  type ExitVia,
  type PageInfo,
  type ProactiveSignals,
  type Signal,
  type SignalNeed,
  type TestSignals,
} from './signals.ts'
export type * from './types.ts'
export type { ProactiveStorage } from './visitor-state.ts'
