import type { MessageKey, Rating, Survey, SurveyStep, Translate } from '@chao/core'
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { addStyles } from '../host/add-styles.ts'
import { useStore } from '../ui/use-store.ts'
import { FORM_CSS } from './form-styles.ts'

// The post-chat survey's view: one question per step (CSAT 1–5 as stars, then NPS 0–10 and
// CES 1–7 when the site asks them), native radio groups so arrow keys and screen readers
// work as they expect, an optional comment, Skip and Send. The steps live in core's survey.

const CSAT_CSS = `
.chao-csat{display:flex;flex-direction:column;gap:10px;padding:12px 16px;border-top:1px solid var(--chao-border)}
.chao-csat fieldset{border:0;margin:0;padding:0;min-width:0}
.chao-csat legend{font-weight:600;font-size:14px;padding:0;margin-bottom:8px}
.chao-scale{display:flex;flex-wrap:wrap;gap:4px}
.chao-scale label{position:relative;display:inline-flex;align-items:center;justify-content:center;
min-width:36px;min-height:36px;border-radius:10px;cursor:pointer;font-size:14px;
border:1px solid var(--chao-border);background:var(--chao-surface);color:var(--chao-text)}
.chao-scale.chao-stars label{border:0;background:none;font-size:28px;min-width:40px;color:var(--chao-border)}
.chao-scale.chao-stars label.chao-on{color:#f59e0b}
.chao-scale label.chao-on:not(.chao-star){background:var(--chao-primary);color:var(--chao-on-primary);
border-color:var(--chao-primary)}
.chao-scale input{position:absolute;inset:0;opacity:0;margin:0;cursor:pointer}
.chao-scale label:focus-within{outline:2px solid var(--chao-accent);outline-offset:1px}
.chao-ends{display:flex;justify-content:space-between;font-size:12px;opacity:.8;margin-top:4px}
.chao-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.chao-actions{display:flex;gap:8px;justify-content:flex-end}
.chao-skip{all:unset;box-sizing:border-box;padding:10px 14px;border-radius:999px;cursor:pointer;font-size:14px;
color:var(--chao-text)}
.chao-skip:focus-visible{outline:2px solid var(--chao-accent);outline-offset:2px}
`

const styled = new WeakSet<Node>()

interface Scale {
  values: number[]
  question: MessageKey
  low?: MessageKey
  high?: MessageKey
}

const SCALES: Record<SurveyStep, Scale> = {
  csat: { values: [1, 2, 3, 4, 5], question: 'csat.question' },
  nps: {
    values: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    question: 'csat.npsQuestion',
    low: 'csat.npsLow',
    high: 'csat.npsHigh',
  },
  ces: {
    values: [1, 2, 3, 4, 5, 6, 7],
    question: 'csat.cesQuestion',
    low: 'csat.cesLow',
    high: 'csat.cesHigh',
  },
}

const ANSWER: Record<SurveyStep, 'score' | 'nps' | 'ces'> = {
  csat: 'score',
  nps: 'nps',
  ces: 'ces',
}

/** What a screen reader says for an option: "Good", or "0, Not at all likely", or "5". */
function optionName(step: SurveyStep, value: number, scale: Scale, t: Translate): string {
  if (step === 'csat') return t(`csat.score${value}` as MessageKey)
  if (value === scale.values[0] && scale.low) return `${value}, ${t(scale.low)}`
  if (value === scale.values.at(-1) && scale.high) return `${value}, ${t(scale.high)}`
  return String(value)
}

export function CsatPrompt({ survey }: { survey: Survey; t: Translate }) {
  // The survey's texts: the questions the site configured on the server, else the catalog.
  const { t } = survey
  const state = useStore(survey.$survey)
  const [value, setValue] = useState<number | null>(null)
  const [comment, setComment] = useState('')
  const id = useId()
  const ref = useRef<HTMLFormElement>(null)
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode()
    if (!root || styled.has(root) || !(root instanceof ShadowRoot)) return
    styled.add(root)
    addStyles(root, FORM_CSS + CSAT_CSS)
  }, [])
  const shown = state.status === 'asking' ? state.step : null
  // Each question takes the focus when it appears (the composer it replaces had it), so
  // keyboard and screen-reader users land on the choices.
  useLayoutEffect(() => {
    if (shown) ref.current?.querySelector<HTMLInputElement>('input[type=radio]')?.focus()
  }, [shown])
  if (state.status !== 'asking') return null
  const { step, steps } = state
  const scale = SCALES[step]
  const last = steps.indexOf(step) === steps.length - 1
  const stars = step === 'csat'
  return (
    <form
      ref={ref}
      class="chao-csat"
      onSubmit={(event) => {
        event.preventDefault()
        if (value === null) return
        const answer: Rating = { [ANSWER[step]]: value }
        if (stars && comment.trim()) answer.comment = comment
        setValue(null)
        survey.submitRating(answer)
      }}
    >
      <fieldset>
        <legend>{t(scale.question)}</legend>
        <div class={stars ? 'chao-scale chao-stars' : 'chao-scale'}>
          {scale.values.map((option) => (
            <label
              key={option}
              class={
                (stars ? 'chao-star ' : '') +
                ((stars ? value !== null && option <= value : option === value) ? 'chao-on' : '')
              }
            >
              <input
                type="radio"
                name={`${id}-${step}`}
                value={option}
                checked={option === value}
                aria-label={optionName(step, option, scale, t)}
                onChange={() => setValue(option)}
              />
              <span aria-hidden="true">{stars ? '★' : option}</span>
            </label>
          ))}
        </div>
        {scale.low && scale.high ? (
          <div class="chao-ends" aria-hidden="true">
            <span>{t(scale.low)}</span>
            <span>{t(scale.high)}</span>
          </div>
        ) : null}
      </fieldset>
      {stars ? (
        <div class="chao-field">
          <label for={`${id}-c`}>{t('csat.comment')}</label>
          <textarea
            id={`${id}-c`}
            maxLength={1000}
            rows={2}
            value={comment}
            onInput={(event) => setComment(event.currentTarget.value)}
          />
        </div>
      ) : null}
      <div class="chao-actions">
        <button type="button" class="chao-skip" onClick={() => survey.skipSurvey()}>
          {t('csat.skip')}
        </button>
        <button type="submit" class="chao-submit" disabled={value === null}>
          {t(last ? 'csat.submit' : 'csat.next')}
        </button>
      </div>
    </form>
  )
}
