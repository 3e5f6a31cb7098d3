import { useEffect, useState } from 'preact/hooks'
import { ApiError, api, type RuleProblem } from '../api.ts'
import { SaveOutcome, type Saving } from './SaveOutcome.tsx'

/** A rule's message text as the visitor would read it, in each language it has. */
function previews(rules: unknown[]): { id: string; lines: string[] }[] {
  return rules.map((rule, i) => {
    const r = (rule ?? {}) as { id?: unknown; message?: { text?: unknown } }
    const text = r.message?.text
    const lines =
      typeof text === 'string'
        ? [text]
        : text && typeof text === 'object'
          ? Object.entries(text as Record<string, unknown>).map(([lang, t]) => `${lang}: ${t}`)
          : []
    return { id: typeof r.id === 'string' ? r.id : `#${i + 1}`, lines }
  })
}

/**
 * Settings → Proactive: the site's rules as JSON (docs/proactive.md), checked by the
 * server with the widget's own validator. A list with a bad rule is refused whole and
 * every problem is listed by rule and field; the preview shows what visitors will read.
 */
export function ProactiveSettings({ site }: { site: string }) {
  // Undefined until the site's rules are in: saving before would replace them with nothing.
  const [source, setSource] = useState<string | undefined>(undefined)
  const [loadError, setLoadError] = useState<string | undefined>(undefined)
  const [problems, setProblems] = useState<RuleProblem[]>([])
  const [saving, setSaving] = useState<Saving>({ state: 'idle' })
  useEffect(() => {
    api.proactiveRules(site).then(
      ({ rules }) => setSource(JSON.stringify(rules, null, 2)),
      (error: Error) => setLoadError(`Cannot load the rules: ${error.message}`),
    )
  }, [site])

  let parsed: unknown[] | undefined
  let syntax: string | undefined
  try {
    const value: unknown = JSON.parse(source || '[]')
    if (Array.isArray(value)) parsed = value
    else syntax = 'The rules must be a JSON array: [ { "id": …, "conditions": …, "message": … } ]'
  } catch (error) {
    syntax = `Not valid JSON: ${(error as Error).message}`
  }

  const save = async () => {
    if (parsed === undefined) return
    setProblems([])
    try {
      await api.saveProactiveRules(site, parsed)
      setSaving({ state: 'saved' })
    } catch (error) {
      const list = error instanceof ApiError ? error.body.problems : undefined
      setProblems(Array.isArray(list) ? (list as RuleProblem[]) : [])
      setSaving({ state: 'error', message: (error as Error).message })
    }
  }

  return (
    <section class="proactive-settings" aria-label="Proactive messages">
      <h2>Proactive messages</h2>
      <p>
        Rules in JSON, as described in the proactive rule reference. Saved rules reach visitors'
        widgets within a minute.
      </p>
      <label>
        Rules
        <textarea
          class="proactive-rules"
          rows={18}
          spellcheck={false}
          disabled={source === undefined}
          value={source ?? ''}
          onInput={(e) => {
            setSource((e.currentTarget as HTMLTextAreaElement).value)
            setSaving({ state: 'idle' })
          }}
        />
      </label>
      {loadError !== undefined && <p role="alert">{loadError}</p>}
      {syntax !== undefined && <p role="alert">{syntax}</p>}
      <button
        type="button"
        disabled={source === undefined || parsed === undefined}
        onClick={() => void save()}
      >
        Save rules
      </button>
      <SaveOutcome saving={saving} problems={problems.map((p) => p.message)} />
      {parsed !== undefined && parsed.length > 0 && (
        <section aria-label="Preview">
          <h3>Preview</h3>
          {previews(parsed).map((p) => (
            <article key={p.id} class="proactive-preview" aria-label={`Rule ${p.id}`}>
              <strong>{p.id}</strong>
              {p.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </article>
          ))}
        </section>
      )}
    </section>
  )
}
