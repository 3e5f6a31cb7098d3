import { atom, type ReadableAtom } from 'nanostores'
import type { ChatEngine } from '../conversation/engine-types.ts'
import type { TextOverrides, Translate } from '../i18n/translate.ts'
import type { KeyValueStorage } from '../persistence/storage.ts'
import { PERSISTED_KEYS } from '../persistence/storage.ts'
import { cleanRating, type Rating, type SurveyOptions, type SurveyStep } from './answers.ts'

/** Where the post-chat survey stands; views render `asking` and read nothing else. */
export type SurveyState =
  | { status: 'hidden' }
  | {
      status: 'asking'
      conversationId: string
      /** The question on screen, and all the configured ones in order. */
      step: SurveyStep
      steps: SurveyStep[]
      /** What the visitor answered in the earlier steps. */
      answers: Rating
    }
  | { status: 'thanks'; conversationId: string; rating: Rating }

/** A rating on its way to the server: the connector's durable outbox takes it from here. */
export type OutgoingRating = Rating & { conversationId: string; clientId: string }

export interface CreateSurveyOptions {
  engine: Pick<ChatEngine, 'rate' | 'receiveMessage' | 't'> & Partial<Pick<ChatEngine, '$locale'>>
  /** Which questions to ask. Default: CSAT only. */
  survey?: SurveyOptions | undefined
  /** The site's texts of the survey (its configured questions), over the engine's. */
  texts?: TextOverrides | undefined
  /** Delivers a rating (exactly once: it must survive reloads and reconnections). */
  send(rating: OutgoingRating): void
  /** Remembers which conversations were asked about, across reloads. Null: this page only. */
  storage?: KeyValueStorage | null
  /** Namespace of the stored key (the chat's `id`). */
  key: string
  clock?: () => number
  /** Client ids of ratings; default random. */
  createId?: () => string
}

export interface Survey {
  $survey: ReadableAtom<SurveyState>
  /** The survey's texts: the site's configured questions, else the engine's catalogs. */
  t: Translate
  /** A conversation ended: asks, if an agent took part and it was never asked about. */
  conversationEnded(conversationId: string, withAgent: boolean): void
  /** Rated elsewhere (another tab, the email link): hides the prompt for it. */
  conversationRated(conversationId: string): void
  /**
   * The visitor's answers for the current step (or several at once, from a custom UI):
   * moves to the next unanswered step, or sends the rating, thanks in the chat and fires
   * the `rated` event.
   */
  submitRating(rating: Rating): void
  /** Skips the rest: sends what was answered so far, if anything, and hides the prompt. */
  skipSurvey(): void
}

const MAX_REMEMBERED = 50
const KEY_OF: Record<SurveyStep, keyof Rating> = { csat: 'score', nps: 'nps', ces: 'ces' }

const randomId = () =>
  `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}`

/** The post-chat survey of one chat. Creates no timer or listener; state is in `$survey`. */
export function createSurvey(options: CreateSurveyOptions): Survey {
  const { engine, storage } = options
  const clock = options.clock ?? Date.now
  const createId = options.createId ?? randomId
  const steps = surveySteps(options.survey)
  const storageKey = PERSISTED_KEYS.surveys(options.key)
  const $survey = atom<SurveyState>({ status: 'hidden' })

  function asked(): string[] {
    try {
      const stored: unknown = JSON.parse(storage?.getItem(storageKey) ?? '[]')
      return Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : []
    } catch {
      return []
    }
  }

  function remember(conversationId: string): void {
    const ids = asked().filter((id) => id !== conversationId)
    ids.push(conversationId)
    try {
      storage?.setItem(storageKey, JSON.stringify(ids.slice(-MAX_REMEMBERED)))
    } catch {
      // Storage full or blocked: the prompt may show again after a reload, nothing worse.
    }
  }

  function finish(conversationId: string, answers: Rating): void {
    const { value } = cleanRating(answers)
    if (value.score === undefined && value.nps === undefined && value.ces === undefined) {
      $survey.set({ status: 'hidden' })
      return
    }
    options.send({ ...value, conversationId, clientId: createId() })
    $survey.set({ status: 'thanks', conversationId, rating: value })
    engine.receiveMessage({
      id: `csat-thanks-${conversationId}`,
      author: 'system',
      text: engine.t('csat.thanks'),
      createdAt: clock(),
    })
    engine.rate({ ...value, conversationId })
  }

  const t: Translate = (key, params) => {
    const locale = engine.$locale?.get()
    const text = locale === undefined ? undefined : options.texts?.[locale]?.[key]
    return text ?? engine.t(key, params)
  }

  return {
    $survey,
    t,
    conversationEnded(conversationId, withAgent) {
      if (!withAgent || steps.length === 0) return
      const current = $survey.get()
      if (current.status !== 'hidden' && current.conversationId === conversationId) return
      if (asked().includes(conversationId)) return
      // Remembered at once: shown once per conversation, even if the visitor reloads
      // without answering.
      remember(conversationId)
      $survey.set({
        status: 'asking',
        conversationId,
        step: steps[0] as SurveyStep,
        steps,
        answers: {},
      })
    },
    conversationRated(conversationId) {
      remember(conversationId)
      const current = $survey.get()
      if (current.status === 'asking' && current.conversationId === conversationId) {
        $survey.set({ status: 'hidden' })
      }
    },
    submitRating(rating) {
      const current = $survey.get()
      if (current.status !== 'asking') return
      const answers = { ...current.answers, ...cleanRating(rating).value }
      // The question on screen needs its answer (Skip is the way past it).
      if (answers[KEY_OF[current.step]] === undefined) return
      const next = current.steps
        .slice(current.steps.indexOf(current.step) + 1)
        .find((step) => answers[KEY_OF[step]] === undefined)
      if (next === undefined) return finish(current.conversationId, answers)
      $survey.set({ ...current, step: next, answers })
    },
    skipSurvey() {
      const current = $survey.get()
      if (current.status === 'asking') finish(current.conversationId, current.answers)
      else $survey.set({ status: 'hidden' })
    },
  }
}

// Here, not in answers.ts, since only the survey needs it: the bot-only chat carries answers.ts
// (the engine's `rate` checks a rating) but not the survey.
/** The steps to ask, in order: CSAT first, then NPS, then CES, as configured. */
export function surveySteps(options: SurveyOptions = {}): SurveyStep[] {
  const steps: SurveyStep[] = []
  if (options.csat !== false) steps.push('csat')
  if (options.nps === true) steps.push('nps')
  if (options.ces === true) steps.push('ces')
  return steps
}
