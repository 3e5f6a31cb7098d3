import type { ReadableAtom } from 'nanostores'
import { type ConditionContext, evaluateCondition, type TrackedEvent } from './conditions.ts'
import type { ProactiveClock, ProactiveEngine, ProactiveEngineOptions } from './engine-types.ts'
import { isAllowed, isRetired } from './limits.ts'
import { renderMessage } from './message.ts'
import { collectNeeds } from './needs.ts'
import { touchSession } from './session.ts'
import type { PageInfo, Signal } from './signals.ts'
import { createTextMatcher } from './text-match.ts'
import type { ProactiveEventType, ProactiveRule, ProactiveVisitor, RuleError } from './types.ts'
import { createVisitorStateStore } from './visitor-state.ts'

/** Re-evaluating after activity only matters once the visitor was idle this long. */
const IDLE_MS = 1000
const MAX_EVENTS = 50

const systemClock = (): ProactiveClock => ({
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
})

const isStore = <T>(x: T | ReadableAtom<T>): x is ReadableAtom<T> =>
  typeof (x as { get?: unknown }).get === 'function'

/** Same page view: only the fragment changed, unless it is a hash route (`#/`, `#!`). */
function viewKey(url: string): string {
  const [base = url, hash = ''] = url.split('#', 2)
  return hash.startsWith('/') || hash.startsWith('!') ? url : base
}

const warnRuleErrors = (errors: RuleError[]) => {
  for (const error of errors) console.warn(`[Chao] proactive ${error.message}; rule skipped.`)
}

/** Validates rules: the good ones (copies) to run, and what is wrong with the others. */
export type ParseRules = (input: readonly unknown[]) => {
  rules: ProactiveRule[]
  errors: RuleError[]
}

/**
 * The engine, with the rule validation injected: `createProactiveEngine` passes the full
 * validator, `createTrustedProactiveEngine` a shape check for rules validated elsewhere (the
 * widget's bundle before intent cannot afford the validator's error messages).
 */
export function startProactiveEngine(
  options: ProactiveEngineOptions,
  parseProactiveRules: ParseRules,
): ProactiveEngine {
  const { signals, $team, $chatActive, onShow, record } = options
  const clock = options.clock ?? systemClock()
  const maxPerSession = options.maxPerSession ?? 2
  const store = createVisitorStateStore(options.storage, options.storageKey ?? 'chao:proactive')
  const matchText = createTextMatcher()
  const readVisitor = (): ProactiveVisitor => {
    const { visitor = {} } = options
    return isStore(visitor) ? visitor.get() : visitor
  }

  let rules: ProactiveRule[] = []
  let page: PageInfo = signals.page()
  let now = clock.now()
  let pageStart = Math.min(now, page.since ?? now)
  let lastActive = now
  let scrollDepth = 0
  let events: TrackedEvent[] = []
  let shownOnPage = false
  let exiting = false
  let visible = page.visible
  let stopped = false
  let timer: unknown = null
  let stopListening: (() => void) | null = null
  let listeningKey = ''
  const actedOn = new Set<string>()
  let state = store.update((s) => touchSession(s, now, page))

  function cancelTimer(): void {
    if (timer !== null) clock.clearTimeout(timer)
    timer = null
  }

  /** Attaches exactly the listeners the rules that can still fire need. */
  function refreshListeners(): void {
    if (stopped) return
    const needs = collectNeeds(rules.filter((rule) => !isRetired(rule, state)))
    if (state.session.shown.length >= maxPerSession) {
      // Capped for this session: only a new page view or a return after a gap matters now.
      for (const need of needs)
        if (need !== 'navigation' && need !== 'visibility') needs.delete(need)
    }
    const key = [...needs].sort().join()
    if (key === listeningKey) return
    stopListening?.()
    listeningKey = key
    stopListening = needs.size > 0 ? signals.listen(needs, handleSignal) : null
  }

  function context(): ConditionContext {
    return {
      now,
      page,
      pageStart,
      sessionStart: state.session.start,
      scrollDepth,
      lastActive,
      exiting,
      visits: state.visits,
      referrer: state.session.referrer,
      utm: state.session.utm,
      visitor: readVisitor(),
      team: $team?.get() ?? null,
      events,
      matchText,
    }
  }

  function evaluate(): void {
    cancelTimer()
    if (stopped || shownOnPage || !visible || $chatActive?.get()) return
    now = clock.now()
    if (state.session.shown.length >= maxPerSession) return
    const ctx = context()
    let wake = Number.POSITIVE_INFINITY
    for (const rule of rules) {
      if (!isAllowed(rule, state, now)) continue
      const verdict = evaluateCondition(rule.conditions, ctx)
      if (!verdict.ok) {
        wake = Math.min(wake, verdict.wake)
        continue
      }
      // Another tab may have shown it meanwhile: decide on the stored state.
      state = store.read()
      if (state.session.shown.length >= maxPerSession) return
      if (isAllowed(rule, state, now)) {
        show(rule)
        return
      }
    }
    if (wake < Number.POSITIVE_INFINITY) timer = clock.setTimeout(evaluate, wake - now)
  }

  function emit(type: ProactiveEventType, ruleId: string): void {
    record?.({ type, ruleId, at: clock.now(), url: page.url })
  }

  function show(rule: ProactiveRule): void {
    shownOnPage = true
    state = store.update((s) => {
      s.seen[rule.id] = now
      s.session.shown.push(rule.id)
      s.lastVisit = now
    })
    for (const type of ['clicked', 'replied'] as const) actedOn.delete(`${type}:${rule.id}`)
    const visitor = readVisitor()
    const language = visitor.language ?? page.language
    onShow(renderMessage(rule, language, visitor.attributes ?? {}), rule)
    emit('shown', rule.id)
    refreshListeners()
  }

  function startPageView(): void {
    pageStart = now
    lastActive = now
    scrollDepth = 0
    events = []
    shownOnPage = false
    state = store.update((s) => touchSession(s, now, page))
    refreshListeners()
  }

  function handleSignal(signal: Signal): void {
    if (stopped) return
    now = clock.now()
    switch (signal.type) {
      case 'navigate': {
        const next = signals.page()
        const isNewView = viewKey(next.url) !== viewKey(page.url)
        page = next
        if (isNewView) startPageView()
        break
      }
      case 'title':
        page = { ...page, title: signals.page().title }
        break
      case 'visibility':
        visible = signal.visible
        if (!visible) {
          // Counts as "seen" for the session gap; nothing is shown to a hidden tab.
          state = store.update((s) => {
            s.lastVisit = now
          })
          cancelTimer()
          return
        }
        state = store.update((s) => touchSession(s, now, page))
        refreshListeners()
        break
      case 'scroll':
        if (signal.depth <= scrollDepth) return
        scrollDepth = signal.depth
        break
      case 'activity': {
        const wasIdle = now - lastActive >= IDLE_MS
        lastActive = now
        if (!wasIdle) return
        break
      }
      case 'exit':
        // Exit intent is a moment, not a state: true only during this evaluation.
        exiting = true
        try {
          evaluate()
        } finally {
          exiting = false
        }
        return
    }
    evaluate()
  }

  /** Visitor actions count once per showing, and only for a rule shown this session. */
  function act(type: 'clicked' | 'replied', ruleId: string): void {
    const key = `${type}:${ruleId}`
    if (stopped || actedOn.has(key) || !state.session.shown.includes(ruleId)) return
    actedOn.add(key)
    emit(type, ruleId)
  }

  function setRules(next: readonly ProactiveRule[]): void {
    const parsed = parseProactiveRules(next)
    if (parsed.errors.length > 0) (options.onRuleError ?? warnRuleErrors)(parsed.errors)
    // Array#sort is stable: equal priorities keep their order.
    rules = parsed.rules.sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0))
    refreshListeners()
  }

  const unsubscribe = [
    options.visitor && isStore(options.visitor) ? options.visitor.listen(evaluate) : null,
    $team?.listen(evaluate),
    $chatActive?.listen(evaluate),
  ]

  setRules(options.rules)
  // First evaluation on the next tick, so `onShow` never runs before this function returns.
  timer = clock.setTimeout(evaluate, 0)

  return {
    dismiss(ruleId) {
      if (stopped || !state.session.shown.includes(ruleId) || state.dismissed[ruleId]) return
      state = store.update((s) => {
        s.dismissed[ruleId] = clock.now()
      })
      emit('dismissed', ruleId)
      refreshListeners()
    },
    click: (ruleId) => act('clicked', ruleId),
    replied: (ruleId) => act('replied', ruleId),
    track(name, props = {}) {
      if (stopped) return
      events = [...events.slice(1 - MAX_EVENTS), { name, props, at: clock.now() }]
      evaluate()
    },
    navigate: () => handleSignal({ type: 'navigate' }),
    setRules(next) {
      setRules(next)
      evaluate()
    },
    shutdown() {
      stopped = true
      cancelTimer()
      stopListening?.()
      stopListening = null
      for (const stop of unsubscribe) stop?.()
    },
  }
}
