import type { ReadableAtom } from 'nanostores'
import type { ProactiveSignals } from './signals.ts'
import type {
  ProactiveEvent,
  ProactiveMessage,
  ProactiveRule,
  ProactiveVisitor,
  RuleError,
  TeamStatus,
} from './types.ts'
import type { ProactiveStorage } from './visitor-state.ts'

/** Time and timers, injected so tests (and Vitest fake timers) control them. */
export interface ProactiveClock {
  now(): number
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface ProactiveEngineOptions {
  /** Validated again here: a bad rule is reported through `onRuleError` and skipped. */
  rules: readonly ProactiveRule[]
  signals: ProactiveSignals
  /** `localStorage` in the browser; absent or throwing means memory only. */
  storage?: ProactiveStorage | null
  /** Default `chao:proactive`. */
  storageKey?: string
  clock?: ProactiveClock
  visitor?: ProactiveVisitor | ReadableAtom<ProactiveVisitor>
  $team?: ReadableAtom<TeamStatus | null>
  /** True while the visitor chats with an agent: nothing proactive then. */
  $chatActive?: ReadableAtom<boolean>
  /** At most this many proactive messages per session. Default 2. */
  maxPerSession?: number
  onShow(message: ProactiveMessage, rule: ProactiveRule): void
  /** Analytics: shown, clicked, replied, dismissed. */
  record?(event: ProactiveEvent): void
  /** Default: one console warning per bad rule. */
  onRuleError?(errors: RuleError[]): void
}

export interface ProactiveEngine {
  /** The visitor closed the message: the rule never shows to them again. */
  dismiss(ruleId: string): void
  click(ruleId: string): void
  replied(ruleId: string): void
  /** A custom event, as `Chao('track', name, props)` forwards it. */
  track(name: string, props?: Record<string, unknown>): void
  /** Tells the engine the URL changed, for routers the signals can't see. */
  navigate(): void
  setRules(rules: readonly ProactiveRule[]): void
  /** Removes every listener, timer and subscription. */
  shutdown(): void
}
