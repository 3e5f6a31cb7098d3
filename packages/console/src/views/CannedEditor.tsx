import { useEffect, useState } from 'preact/hooks'
import type { Canned } from '../api.ts'
import { $canned, $cannedError, deleteCanned, loadCanned, saveCanned } from '../stores/canned.ts'
import { useStore } from '../use-store.ts'

/**
 * Canned responses: the team's (admins change them) and my own. In a reply, `/shortcut`
 * completes to the text (Composer).
 */
export function CannedEditor({ admin }: { admin: boolean }) {
  const canned = useStore($canned)
  const error = useStore($cannedError)
  useEffect(() => {
    $cannedError.set(null)
    void loadCanned()
  }, [])
  const team = canned.filter((c) => !c.personal)
  const mine = canned.filter((c) => c.personal)
  return (
    <section class="canned-editor" aria-label="Canned responses">
      <h2>Canned responses</h2>
      <p class="hint">Type / and the shortcut in a reply to insert the text.</p>
      {error !== null && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <CannedForm label="New canned response" admin={admin} />
      <h3 id="canned-team">Team responses</h3>
      <CannedList items={team} labelledBy="canned-team" editable={admin} />
      <h3 id="canned-mine">My responses</h3>
      <CannedList items={mine} labelledBy="canned-mine" editable />
    </section>
  )
}

function CannedList(props: { items: Canned[]; labelledBy: string; editable: boolean }) {
  const [editing, setEditing] = useState<string | null>(null)
  if (props.items.length === 0) return <p>None yet.</p>
  return (
    <ul class="canned-list" aria-labelledby={props.labelledBy}>
      {props.items.map((c) => (
        <li key={c.id}>
          {editing === c.id ? (
            <CannedForm
              label={`Edit /${c.shortcut}`}
              current={c}
              done={() => setEditing(null)}
              admin={false}
            />
          ) : (
            <>
              <code>/{c.shortcut}</code> <span class="canned-text">{c.text}</span>
              {props.editable && (
                <span class="actions">
                  <button type="button" onClick={() => setEditing(c.id)}>
                    Edit /{c.shortcut}
                  </button>
                  <button type="button" onClick={() => void deleteCanned(c.id)}>
                    Delete /{c.shortcut}
                  </button>
                </span>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

/** Adds a response (`current` unset) or edits `current`; admins may add team ones. */
function CannedForm(props: { label: string; admin: boolean; current?: Canned; done?: () => void }) {
  const [shortcut, setShortcut] = useState(props.current?.shortcut ?? '')
  const [text, setText] = useState(props.current?.text ?? '')
  const [team, setTeam] = useState(false)
  const [busy, setBusy] = useState(false)
  const submit = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    const saved = await saveCanned({
      shortcut,
      text,
      team,
      ...(props.current ? { id: props.current.id } : {}),
    })
    setBusy(false)
    if (!saved) return
    if (props.done) props.done()
    else {
      setShortcut('')
      setText('')
    }
  }
  return (
    <form class="canned-form" aria-label={props.label} onSubmit={(e) => void submit(e)}>
      <label>
        Shortcut
        <input
          value={shortcut}
          maxLength={33}
          placeholder="greeting"
          onInput={(e) => setShortcut(e.currentTarget.value)}
        />
      </label>
      <label>
        Text
        <textarea value={text} rows={3} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {props.admin && (
        <label>
          <input
            type="checkbox"
            checked={team}
            onChange={(e) => setTeam(e.currentTarget.checked)}
          />{' '}
          Share with the team
        </label>
      )}
      <button type="submit" disabled={busy}>
        {props.current ? 'Save' : 'Add'}
      </button>
      {props.done && (
        <button type="button" onClick={props.done}>
          Cancel
        </button>
      )}
    </form>
  )
}
