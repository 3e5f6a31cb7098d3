import { useEffect, useId, useState } from 'preact/hooks'
import {
  ApiError,
  api,
  type LeadCaptureWhen,
  type LeadFieldName,
  type SiteLeadCapture,
} from '../api.ts'
import { SaveOutcome, type Saving } from './SaveOutcome.tsx'

type Ask = 'no' | 'required' | 'optional'
type Row = { field: LeadFieldName; ask: Ask }

// The values core's validator accepts (packages/core/src/contact/lead-capture.ts); the
// console does not import core, and the server checks every save with it anyway.
const WHEN: [LeadCaptureWhen | 'off', string][] = [
  ['off', 'Never (lead capture off)'],
  ['before-handoff', 'Before every handoff to a person'],
  ['offline', 'Before a handoff, when nobody from the team is online'],
  ['after-unanswered', 'Once, after the first question the bot could not answer'],
]
const LABELS: Record<LeadFieldName, string> = { name: 'Name', email: 'Email', phone: 'Phone' }
const ASK: [Ask, string][] = [
  ['no', 'Not asked'],
  ['required', 'Required'],
  ['optional', 'Optional (the visitor may skip it)'],
]
/** Offered when nothing is saved yet: the documented example, "name, email, phone?". */
const DEFAULT_ROWS: Row[] = [
  { field: 'name', ask: 'required' },
  { field: 'email', ask: 'required' },
  { field: 'phone', ask: 'optional' },
]

/** The form's rows from a saved setting: its fields in their order, then the others. */
function rowsOf(saved: SiteLeadCapture | null): Row[] {
  if (saved === null) return DEFAULT_ROWS
  const rows: Row[] = saved.fields.map(({ field, optional }) => ({
    field,
    ask: optional === true ? 'optional' : 'required',
  }))
  for (const { field } of DEFAULT_ROWS)
    if (!rows.some((r) => r.field === field)) rows.push({ field, ask: 'no' })
  return rows
}

/** The value the server takes: null when off; the asked fields in the rows' order. */
function toLeadCapture(when: LeadCaptureWhen | 'off', rows: Row[]): SiteLeadCapture | null {
  if (when === 'off') return null
  const fields = rows
    .filter((r) => r.ask !== 'no')
    .map(({ field, ask }) => (ask === 'optional' ? { field, optional: true } : { field }))
  return { when, fields }
}

/**
 * Settings → Lead capture: when the bot asks the visitor for contact details in the chat,
 * and which (name, email, phone; each required or optional, in the order asked). A page
 * that sets `leadCapture` itself keeps its own (docs/faq.md).
 */
export function LeadCaptureSettings({ site }: { site: string }) {
  const [when, setWhen] = useState<LeadCaptureWhen | 'off'>('off')
  const [rows, setRows] = useState<Row[]>(DEFAULT_ROWS)
  // The form shows once the site's setting is in: an edit made before would be overwritten.
  const [loaded, setLoaded] = useState<'loading' | 'ready' | { error: string }>('loading')
  const [problems, setProblems] = useState<string[]>([])
  const [saving, setSaving] = useState<Saving>({ state: 'idle' })
  const id = useId()
  useEffect(() => {
    api.siteLeadCapture(site).then(
      ({ leadCapture }) => {
        setWhen(leadCapture?.when ?? 'off')
        setRows(rowsOf(leadCapture))
        setLoaded('ready')
      },
      (error: Error) => setLoaded({ error: `Cannot load the lead capture: ${error.message}` }),
    )
  }, [site])

  const save = async () => {
    setProblems([])
    try {
      const { leadCapture } = await api.saveSiteLeadCapture(site, toLeadCapture(when, rows))
      setWhen(leadCapture?.when ?? 'off')
      if (leadCapture !== null) setRows(rowsOf(leadCapture))
      setSaving({ state: 'saved' })
    } catch (error) {
      const list = error instanceof ApiError ? error.body.problems : undefined
      setProblems(Array.isArray(list) ? list.map(String) : [])
      setSaving({ state: 'error', message: (error as Error).message })
    }
  }
  // The detail just moved up: focus stays on its row (its button, or its list once it is
  // first and has no button), not lost with the row's old place.
  const [moved, setMoved] = useState<LeadFieldName | null>(null)
  useEffect(() => {
    if (moved === null) return
    const row =
      document.getElementById(`${id}-${moved}-earlier`) ?? document.getElementById(`${id}-${moved}`)
    row?.focus()
    setMoved(null)
  }, [moved, id])
  const setAsk = (field: LeadFieldName, ask: Ask) => {
    setRows((current) => current.map((r) => (r.field === field ? { field, ask } : r)))
    setSaving({ state: 'idle' })
  }
  const moveUp = (index: number) => {
    setMoved(rows[index]?.field ?? null)
    setRows((current) => {
      const next = [...current]
      const [row] = next.splice(index, 1)
      if (row !== undefined) next.splice(index - 1, 0, row)
      return next
    })
    setSaving({ state: 'idle' })
  }

  return (
    <section class="lead-capture-settings" aria-label="Lead capture">
      <h2>Lead capture</h2>
      <p>
        The bot asks the visitor for contact details in the chat, one question at a time, and the
        answers reach the agent with the chat. Saved settings reach visitors' widgets within a
        minute; a page that sets its own lead capture keeps it.
      </p>
      {loaded === 'loading' && <p>Loading…</p>}
      {typeof loaded === 'object' && <p role="alert">{loaded.error}</p>}
      {loaded === 'ready' && (
        <>
          <p>
            <label for={`${id}-when`}>When the bot asks</label>{' '}
            <select
              id={`${id}-when`}
              value={when}
              onChange={(e) => {
                setWhen((e.currentTarget as HTMLSelectElement).value as LeadCaptureWhen | 'off')
                setSaving({ state: 'idle' })
              }}
            >
              {WHEN.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </p>
          <fieldset disabled={when === 'off'}>
            <legend>Details asked, in this order</legend>
            <ol>
              {rows.map(({ field, ask }, index) => (
                <li key={field}>
                  <label for={`${id}-${field}`}>{LABELS[field]}</label>{' '}
                  <select
                    id={`${id}-${field}`}
                    value={ask}
                    onChange={(e) =>
                      setAsk(field, (e.currentTarget as HTMLSelectElement).value as Ask)
                    }
                  >
                    {ASK.map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>{' '}
                  {index > 0 && (
                    <button
                      type="button"
                      id={`${id}-${field}-earlier`}
                      onClick={() => moveUp(index)}
                    >
                      Ask {LABELS[field].toLowerCase()} earlier
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </fieldset>
          <button type="button" onClick={() => void save()}>
            Save lead capture
          </button>
        </>
      )}
      <SaveOutcome saving={saving} problems={problems} />
    </section>
  )
}
